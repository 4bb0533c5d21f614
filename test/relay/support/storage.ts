import * as Y from 'yjs';
import { openDatabase } from '../../../server/storage/sqliteDatabase.ts';
import { SqliteUpdateStore } from '../../../server/storage/sqliteUpdateStore.ts';
import { decodeStoredRecord, sealedStoreName } from '../../../server/relay/sealed/storedRecord.ts';
import type { StoredRecord } from '../../../server/relay/sealed/storedRecord.ts';
import { readRecordHeader } from '../../../shared/sealed/sealedRecord.ts';

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

/** A sealed room's stored rows, decoded: the snapshots (numbered as the last record they cover) and the records. */
export async function readSealedLog(
  dataDir: string,
  room: string,
): Promise<{ snapshots: StoredRecord[]; records: StoredRecord[]; bytes: number }> {
  const rows = await readSealedRows(dataDir, room);
  const stored = rows.map(decodeStoredRecord);
  const isSnapshot = (s: StoredRecord) => readRecordHeader(s.record).kind === 'snapshot';
  return {
    snapshots: stored.filter(isSnapshot),
    records: stored.filter((s) => !isSnapshot(s)),
    bytes: rows.reduce((n, r) => n + r.length, 0),
  };
}

/** Rewrites a room's stored rows in a stopped relay's database (a relay operator tampering with it). */
export function tamperSealedRows(dataDir: string, room: string, change: (row: Uint8Array) => Uint8Array): void {
  const db = openDatabase(dataDir);
  try {
    const rows = db
      .prepare<[string], { id: number; data: Buffer }>('SELECT id, data FROM updates WHERE room = ?')
      .all(sealedStoreName(room));
    const update = db.prepare<[Uint8Array, number]>('UPDATE updates SET data = ? WHERE id = ?');
    for (const row of rows) update.run(change(new Uint8Array(row.data)), row.id);
  } finally {
    db.close();
  }
}

/** Copies a room's stored rows into another room (a relay operator moving records). */
export function copySealedRows(dataDir: string, from: string, to: string): void {
  const db = openDatabase(dataDir);
  try {
    db.prepare('INSERT INTO updates (room, data) SELECT ?, data FROM updates WHERE room = ?').run(
      sealedStoreName(to),
      sealedStoreName(from),
    );
  } finally {
    db.close();
  }
}

/** Appends rows to a sealed room in a stopped relay's database (a relay operator inserting records). */
export function appendSealedRows(dataDir: string, room: string, rows: readonly Uint8Array[]): void {
  const db = openDatabase(dataDir);
  try {
    const insert = db.prepare<[string, Uint8Array]>('INSERT INTO updates (room, data) VALUES (?, ?)');
    for (const row of rows) insert.run(sealedStoreName(room), row);
  } finally {
    db.close();
  }
}

/** The sealed room (`<ws>/<doc>`) of document `documentId` in a stopped relay's database. */
export function sealedRoomOf(dataDir: string, documentId: string): string {
  const db = openDatabase(dataDir);
  try {
    const rooms = db
      .prepare<[], { room: string }>('SELECT DISTINCT room FROM updates')
      .all()
      .map((r) => r.room)
      .filter((r) => r.startsWith(sealedStoreName('')) && r.endsWith(`/${documentId}`));
    if (rooms.length !== 1) throw new Error(`no single sealed room of document ${documentId}: ${rooms.join(', ')}`);
    return rooms[0]!.slice(sealedStoreName('').length);
  } finally {
    db.close();
  }
}
