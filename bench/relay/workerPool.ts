import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FromWorkerSchema, ToWorkerSchema } from './workerProtocol.ts';
import type { FromWorker, ToWorker } from './workerProtocol.ts';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'loadWorker.ts');

/** Client worker processes of the relay-load scenario, each answering one request at a time. */
export class WorkerPool {
  private readonly workers: ChildProcess[];

  constructor(count: number) {
    this.workers = Array.from({ length: count }, () =>
      fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends `message` to worker `index` and resolves with its reply of type `expect` (rejects on an error reply). */
  request<T extends FromWorker['type']>(
    index: number,
    message: ToWorker,
    expect: T,
    timeoutMs = 120_000,
  ): Promise<Extract<FromWorker, { type: T }>> {
    const worker = this.workers[index]!;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => finish(new Error(`worker ${index}: no ${expect} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const onMessage = (raw: unknown) => {
        const parsed = FromWorkerSchema.safeParse(raw);
        if (!parsed.success) return finish(new Error(`worker ${index}: malformed reply`));
        if (parsed.data.type === 'error') return finish(new Error(`worker ${index}: ${parsed.data.message}`));
        if (parsed.data.type === expect) finish(null, parsed.data as Extract<FromWorker, { type: T }>);
      };
      const onExit = (code: number | null) => finish(new Error(`worker ${index} exited (${code})`));
      const finish = (err: Error | null, value?: Extract<FromWorker, { type: T }>) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        if (err) reject(err);
        else resolve(value!);
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
      worker.send(ToWorkerSchema.parse(message));
    });
  }

  /** Sends a message that has no reply to every worker. */
  broadcast(message: ToWorker): void {
    for (const worker of this.workers) worker.send(ToWorkerSchema.parse(message));
  }

  /** Asks every worker to exit and waits for them (killing any that do not within 5 s). */
  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.exitCode !== null || worker.signalCode !== null) return resolve();
            const timer = setTimeout(() => worker.kill('SIGKILL'), 5_000);
            worker.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            if (worker.connected) worker.send({ type: 'exit' });
            else worker.kill('SIGKILL');
          }),
      ),
    );
  }
}
