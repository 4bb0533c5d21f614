import * as Y from 'yjs';
import { openDatabase } from '../../../server/storage/sqliteDatabase.ts';
import { SqliteUpdateStore } from '../../../server/storage/sqliteUpdateStore.ts';
import { sealedStoreName } from '../../../server/relay/sealed/storedRecord.ts';

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

/** The rows of a sealed room as the relay stored them (opaque bytes), read straight from its data folder. */
export async function readSealedRows(dataDir: string, room: string): Promise<Uint8Array[]> {
  const store = new SqliteUpdateStore(openDatabase(dataDir));
  try {
    return (await store.load(sealedStoreName(room))).updates;
  } finally {
    await store.close();
  }
}
