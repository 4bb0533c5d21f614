import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { FromWorkerSchema, ToWorkerSchema } from './workerProtocol.ts';
import type { FromWorker, ToWorker } from './workerProtocol.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** What a pool's messages look like: each has a `type`; replies of type 'error' reject a request. */
interface Message {
  type: string;
}

/** Client worker processes (relay-load and relay-traces scenarios), each answering one request at a time. */
export class WorkerPool<To extends Message = ToWorker, From extends Message = FromWorker> {
  private readonly workers: ChildProcess[];

  /** `count` processes of the load worker by default; another script in this folder with its own messages otherwise. */
  constructor(
    count: number,
    script = 'loadWorker.ts',
    private readonly toSchema: z.ZodType<To> = ToWorkerSchema as unknown as z.ZodType<To>,
    private readonly fromSchema: z.ZodType<From> = FromWorkerSchema as unknown as z.ZodType<From>,
  ) {
    this.workers = Array.from({ length: count }, () =>
      fork(path.join(HERE, script), [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends `message` to worker `index` and resolves with its reply of type `expect` (rejects on an error reply). */
  request<T extends From['type']>(
    index: number,
    message: To,
    expect: T,
    timeoutMs = 120_000,
  ): Promise<Extract<From, { type: T }>> {
    const worker = this.workers[index]!;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => finish(new Error(`worker ${index}: no ${expect} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const onMessage = (raw: unknown) => {
        const parsed = this.fromSchema.safeParse(raw);
        if (!parsed.success) return finish(new Error(`worker ${index}: malformed reply`));
        const reply = parsed.data as From & { message?: string };
        if (reply.type === 'error') return finish(new Error(`worker ${index}: ${reply.message ?? 'failed'}`));
        if (reply.type === expect) finish(null, reply as Extract<From, { type: T }>);
      };
      const onExit = (code: number | null) => finish(new Error(`worker ${index} exited (${code})`));
      const finish = (err: Error | null, value?: Extract<From, { type: T }>) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        if (err) reject(err);
        else resolve(value!);
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
      worker.send(this.toSchema.parse(message));
    });
  }

  /** Sends a message that has no reply to every worker. */
  broadcast(message: To): void {
    for (const worker of this.workers) worker.send(this.toSchema.parse(message));
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
