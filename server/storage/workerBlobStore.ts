import { Worker } from 'node:worker_threads';
import type { BlobStore, PutOutcome } from './blobStore.ts';
import type { BlobReply, BlobRequest } from './blobWorkerProtocol.ts';

type Payload<R> = R extends unknown ? Omit<R, 'id'> : never;

/** The SQLite blob store (blobs.db), run on a worker thread of its own. */
export class WorkerBlobStore implements BlobStore {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(dataDir: string) {
    this.worker = new Worker(new URL('./blobWorker.mjs', import.meta.url), { workerData: { dataDir } });
    this.worker.on('message', (reply: BlobReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.error !== undefined) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.result);
    });
    const fail = (err: Error) => {
      this.failure = err;
      for (const waiting of this.pending.values()) waiting.reject(err);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => code !== 0 && fail(new Error(`the SQLite blob thread stopped (exit ${code})`)));
  }

  size(workspace: string, hash: string): Promise<number | null> {
    return this.call({ op: 'size', workspace, hash }) as Promise<number | null>;
  }

  get(workspace: string, hash: string): Promise<Uint8Array | null> {
    return this.call({ op: 'get', workspace, hash }) as Promise<Uint8Array | null>;
  }

  put(workspace: string, hash: string, bytes: Uint8Array, quota: number): Promise<PutOutcome> {
    return this.call({ op: 'put', workspace, hash, bytes, quota }) as Promise<PutOutcome>;
  }

  usage(workspace: string): Promise<number> {
    return this.call({ op: 'usage', workspace }) as Promise<number>;
  }

  async close(): Promise<void> {
    if (!this.failure) await this.call({ op: 'close' });
    await this.worker.terminate();
  }

  private call(request: Payload<BlobRequest>): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } as BlobRequest);
    });
  }
}
