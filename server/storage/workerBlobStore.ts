import type { BlobStore, PutOutcome } from './blobStore.ts';
import type { BlobRequest } from './blobWorkerProtocol.ts';
import { WorkerCalls } from './workerCalls.ts';

/** The SQLite blob store (blobs.db), run on a worker thread of its own. */
export class WorkerBlobStore implements BlobStore {
  private readonly thread: WorkerCalls<BlobRequest>;

  constructor(dataDir: string) {
    this.thread = new WorkerCalls(new URL('./blobWorker.mjs', import.meta.url), { dataDir }, 'the SQLite blob thread');
  }

  size(workspace: string, hash: string): Promise<number | null> {
    return this.thread.call({ op: 'size', workspace, hash }) as Promise<number | null>;
  }

  get(workspace: string, hash: string): Promise<Uint8Array | null> {
    return this.thread.call({ op: 'get', workspace, hash }) as Promise<Uint8Array | null>;
  }

  put(workspace: string, hash: string, bytes: Uint8Array, quota: number): Promise<PutOutcome> {
    return this.thread.call({ op: 'put', workspace, hash, bytes, quota }) as Promise<PutOutcome>;
  }

  usage(workspace: string): Promise<number> {
    return this.thread.call({ op: 'usage', workspace }) as Promise<number>;
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}
