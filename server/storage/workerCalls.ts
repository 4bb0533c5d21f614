import { Worker } from 'node:worker_threads';

/** A request to a store's thread: an operation and its id (to match the reply). */
interface WorkerCall {
  id: number;
  op: string;
}

/** A thread's reply: the result, or the message (and SQLite error code, when there is one) of what went wrong. */
interface WorkerAnswer {
  id: number;
  result?: unknown;
  error?: string;
  code?: string;
}

type Payload<R> = R extends unknown ? Omit<R, 'id'> : never;

/**
 * Requests to a store running on a worker thread, matched to their replies by id. When the thread
 * fails or stops, every waiting request and every later one is rejected with that error.
 */
export class WorkerCalls<Request extends WorkerCall> {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();
  private nextId = 1;
  private failure: Error | null = null;

  /** Starts `script` with `workerData`; `what` names the thread in the error when it stops. */
  constructor(script: URL, workerData: unknown, what: string) {
    this.worker = new Worker(script, { workerData });
    this.worker.on('message', (reply: WorkerAnswer) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.error !== undefined) waiting.reject(Object.assign(new Error(reply.error), { code: reply.code }));
      else waiting.resolve(reply.result);
    });
    const fail = (err: Error) => {
      this.failure = err;
      for (const waiting of this.pending.values()) waiting.reject(err);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => code !== 0 && fail(new Error(`${what} stopped (exit ${code})`)));
  }

  /** Sends one request (moving the buffers in `transfer` to the thread); resolves with the thread's result. */
  call(request: Payload<Request>, transfer: ArrayBuffer[] = []): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id }, transfer);
    });
  }

  /** Asks the thread to close its database (unless it already failed), then stops it. */
  async close(): Promise<void> {
    if (!this.failure) await this.call({ op: 'close' } as Payload<Request>);
    await this.worker.terminate();
  }
}
