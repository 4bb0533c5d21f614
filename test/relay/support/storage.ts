import * as Y from 'yjs';
import { openDatabase } from '../../../server/storage/sqliteDatabase.ts';
import { SqliteUpdateStore } from '../../../server/storage/sqliteUpdateStore.ts';

/** Reads a room's stored log straight from a relay's data folder (safe while it runs: WAL). */
export async function readStoredRoom(dataDir: string, room: string): Promise<{ rows: number; doc: Y.Doc }> {
  const store = new SqliteUpdateStore(openDatabase(dataDir));
  try {
    const log = await store.load(room);
    const doc = new Y.Doc();
    if (log.updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(log.updates));
    return { rows: log.rows, doc };
  } finally {
    await store.close();
  }
}
