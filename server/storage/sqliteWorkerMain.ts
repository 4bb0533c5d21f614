import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './sqliteDatabase.ts';
import { SqliteUpdateStore } from './sqliteUpdateStore.ts';
import { unpackBatch } from './workerProtocol.ts';
import type { WorkerReply, WorkerRequest } from './workerProtocol.ts';

// The SQLite writer thread: its own connection to the relay database, doing every load, append
// and compaction, so the relay's event loop never waits on an fsync.
const port = parentPort;
if (!port) throw new Error('sqliteWorkerMain must run in a worker thread');
const store = new SqliteUpdateStore(openDatabase((workerData as { dataDir: string }).dataDir));

port.on('message', (request: WorkerRequest) => {
  void handle(request).then(
    (reply) => port.postMessage(reply),
    (err: unknown) =>
      port.postMessage({
        id: request.id,
        error: err instanceof Error ? err.message : String(err),
        code: typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : undefined,
      } satisfies WorkerReply),
  );
});

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  switch (request.op) {
    case 'load':
      return { id: request.id, result: await store.load(request.room) };
    case 'append':
      await store.appendBatch(unpackBatch(request.batch));
      return { id: request.id, result: null };
    case 'compact':
      return { id: request.id, result: await store.compact(request.room, request.merged) };
    case 'replaceCovered':
      return { id: request.id, result: await store.replaceCovered(request.room, request.row, request.coversSeq) };
    case 'deleteOrdinaryRooms':
      return { id: request.id, result: await store.deleteOrdinaryRooms(request.workspaceId) };
    case 'close':
      await store.close();
      return { id: request.id, result: null };
  }
}
