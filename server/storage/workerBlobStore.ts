import type { BlobStore, PutOutcome } from './blobStore.ts';
import type { BlobRequest } from './blobWorkerProtocol.ts';
import { WorkerCalls } from './workerCalls.ts';

/**
 * The SQLite blob store (blobs.db), run on a worker thread of its own, started by the first image
 * request: a relay whose members share no images holds no second thread (about 10 MiB).
 */
export class WorkerBlobStore implements BlobStore {
  private started: WorkerCalls<BlobRequest> | null = null;

  constructor(private readonly dataDir: string) {}

  private get thread(): WorkerCalls<BlobRequest> {
    this.started ??= new WorkerCalls(
      new URL('./blobWorker.mjs', import.meta.url),
      { dataDir: this.dataDir },
      'the SQLite blob thread',
    );
    return this.started;
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

  deleteOrdinary(workspace: string): Promise<number> {
    return this.thread.call({ op: 'deleteOrdinary', workspace }) as Promise<number>;
  }

  async close(): Promise<void> {
    await this.started?.close();
  }
}
