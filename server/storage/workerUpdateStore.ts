import { Worker } from 'node:worker_threads';
import type { LogEntry, LogStats, StoredLog, UpdateStore } from './updateStore.ts';
import type { WorkerReply, WorkerRequest } from './workerProtocol.ts';

type Pending = { resolve(value: unknown): void; reject(err: Error): void };
type Payload<R> = R extends unknown ? Omit<R, 'id'> : never;

/**
 * The embedded SQLite store, run on a worker thread. better-sqlite3 is synchronous, and with
 * synchronous=FULL every commit waits for an fsync (about 2 ms here): on the relay's own thread that
 * would stall every connection once per group commit. Here the relay keeps forwarding edits while
 * the writer thread commits; acks still wait for the commit, so they stay truthful.
 */
export class WorkerUpdateStore implements UpdateStore {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(dataDir: string) {
    this.worker = new Worker(new URL('./sqliteWorker.mjs', import.meta.url), { workerData: { dataDir } });
    this.worker.on('message', (reply: WorkerReply) => {
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
    this.worker.on('exit', (code) => code !== 0 && fail(new Error(`the SQLite writer thread stopped (exit ${code})`)));
  }

  load(room: string): Promise<StoredLog> {
    return this.call({ op: 'load', room }) as Promise<StoredLog>;
  }

  async appendBatch(entries: readonly LogEntry[]): Promise<void> {
    if (entries.length > 0) await this.call({ op: 'append', entries });
  }

  compact(room: string): Promise<LogStats> {
    return this.call({ op: 'compact', room }) as Promise<LogStats>;
  }

  async close(): Promise<void> {
    if (!this.failure) await this.call({ op: 'close' });
    await this.worker.terminate();
  }

  private call(request: Payload<WorkerRequest>): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }
}
