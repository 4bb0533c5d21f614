import type { LogEntry, LogStats, StoredLog, UpdateStore } from './updateStore.ts';
import { WorkerCalls } from './workerCalls.ts';
import { packBatch } from './workerProtocol.ts';
import type { WorkerRequest } from './workerProtocol.ts';

/**
 * The embedded SQLite store, run on a worker thread. better-sqlite3 is synchronous, and with
 * synchronous=FULL every commit waits for an fsync (about 2 ms here): on the relay's own thread that
 * would stall every connection once per group commit. Here the relay keeps forwarding edits while
 * the writer thread commits; acks still wait for the commit, so they stay truthful.
 */
export class WorkerUpdateStore implements UpdateStore {
  private readonly thread: WorkerCalls<WorkerRequest>;

  constructor(dataDir: string) {
    this.thread = new WorkerCalls(
      new URL('./sqliteWorker.mjs', import.meta.url),
      { dataDir },
      'the SQLite writer thread',
    );
  }

  load(room: string): Promise<StoredLog> {
    return this.thread.call({ op: 'load', room }) as Promise<StoredLog>;
  }

  async appendBatch(entries: readonly LogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const batch = packBatch(entries);
    await this.thread.call({ op: 'append', batch }, [batch.data.buffer, batch.roomOf.buffer, batch.lengths.buffer]);
  }

  compact(room: string, merged?: Uint8Array): Promise<LogStats> {
    return this.thread.call({ op: 'compact', room, merged }) as Promise<LogStats>;
  }

  replaceCovered(room: string, row: Uint8Array, coversSeq: number): Promise<LogStats> {
    return this.thread.call({ op: 'replaceCovered', room, row, coversSeq }) as Promise<LogStats>;
  }

  deleteOrdinaryRooms(workspaceId: string): Promise<number> {
    return this.thread.call({ op: 'deleteOrdinaryRooms', workspaceId }) as Promise<number>;
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}
