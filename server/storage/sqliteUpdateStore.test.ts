import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from './sqliteDatabase.ts';
import { SqliteUpdateStore } from './sqliteUpdateStore.ts';
import { decodeStoredRecord, encodeStoredRecord } from '../relay/sealed/storedRecord.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Records every update a doc emits, as the relay does. */
function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return updates;
}

/** What a replica holding `doc` tells the relay: its state vector, and its deletions as an update without structs. */
function summaryOf(doc: Y.Doc) {
  const stateVector = Y.encodeStateVector(doc);
  return { stateVector, deleteSet: Y.encodeStateAsUpdate(doc, stateVector) };
}

describe('SqliteUpdateStore', () => {
  it('appends, reloads after reopening, and compacts to one row with the same content', async () => {
    const dir = tempDir();
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    for (let i = 0; i < 50; i++) doc.getText('t').insert(i, String(i % 10));
    doc.getText('t').delete(3, 4);
    let store = new SqliteUpdateStore(openDatabase(dir));
    await store.appendBatch(updates.map((update) => ({ room: 'ws-abcdef/doc-123456', update })));
    await store.appendBatch([{ room: 'other-room', update: updates[0]! }]);
    await store.close();

    store = new SqliteUpdateStore(openDatabase(dir));
    const log = await store.load('ws-abcdef/doc-123456');
    expect(log.rows).toBe(51);
    const stats = await store.compact('ws-abcdef/doc-123456');
    expect(stats.rows).toBe(1);
    const after = await store.load('ws-abcdef/doc-123456');
    expect(after.rows).toBe(1);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, after.updates[0]!);
    expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
    expect((await store.load('other-room')).rows).toBe(1);
    expect((await store.load('empty-room')).rows).toBe(0);
    await store.close();
  });

  it('replaces the rows a sealed snapshot covers by the snapshot, keeping later rows and other rooms', async () => {
    const store = new SqliteUpdateStore(openDatabase(tempDir()));
    const row = (seq: number) => encodeStoredRecord({ seq, role: 'editor', member: 'm1', record: new Uint8Array(seq) });
    await store.appendBatch([1, 2, 3, 4, 5].map((seq) => ({ room: 'sealed:ws/doc', update: row(seq) })));
    await store.appendBatch([{ room: 'sealed:ws/other', update: row(1) }]);
    const stats = await store.replaceCovered('sealed:ws/doc', row(3), 3);
    const seqs = async (room: string) => (await store.load(room)).updates.map((u) => decodeStoredRecord(u).seq);
    expect(await seqs('sealed:ws/doc')).toEqual([4, 5, 3]);
    expect(stats).toEqual({ rows: 3, bytes: row(3).length + row(4).length + row(5).length });
    // A newer snapshot also replaces the older one.
    await store.replaceCovered('sealed:ws/doc', row(5), 5);
    expect(await seqs('sealed:ws/doc')).toEqual([5]);
    expect(await seqs('sealed:ws/other')).toEqual([1]);
    await store.close();
  });

  it("keeps a compacted room's summary with its row, and never hands out one of another row", async () => {
    const dir = tempDir();
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    for (let i = 0; i < 20; i++) doc.getText('t').insert(0, 'ab');
    doc.getText('t').delete(3, 5);
    const room = 'ws-abcdef/doc-vector';
    const db = openDatabase(dir);
    const store = new SqliteUpdateStore(db);
    await store.appendBatch(updates.map((update) => ({ room, update })));
    expect((await store.load(room)).summary).toBeUndefined();
    await store.compact(room);
    const compacted = await store.load(room);
    expect(compacted.summary).toEqual(summaryOf(doc));
    // A row written after the compaction: the log has two rows, no vector describes it.
    doc.getText('t').insert(0, 'c');
    await store.appendBatch([{ room, update: updates.at(-1)! }]);
    expect((await store.load(room)).summary).toBeUndefined();
    await store.compact(room);
    expect((await store.load(room)).summary).toEqual(summaryOf(doc));
    // A row compacted by a relay without the table: its summary is made from the row, and kept.
    db.exec('DELETE FROM row_summaries');
    expect((await store.load(room)).summary).toEqual(summaryOf(doc));
    expect(db.prepare('SELECT COUNT(*) AS n FROM row_summaries').get()).toEqual({ n: 1 });
    await store.close();
  });

  it("compacts to the caller's merge and keeps the summary given with it", async () => {
    const doc = new Y.Doc();
    const updates = recordUpdates(doc);
    for (let i = 0; i < 30; i++) doc.getText('t').insert(i, 'x');
    doc.getText('t').delete(0, 10);
    const room = 'ws-abcdef/doc-given1';
    const store = new SqliteUpdateStore(openDatabase(tempDir()));
    await store.appendBatch(updates.map((update) => ({ room, update })));
    const merged = Y.encodeStateAsUpdate(doc);
    expect(await store.compact(room, merged, summaryOf(doc))).toEqual({ rows: 1, bytes: merged.length });
    const log = await store.load(room);
    expect(log.updates).toEqual([merged]);
    expect(log.summary).toEqual(summaryOf(doc));
    // Compacting a room of one row again leaves it as it is.
    expect(await store.compact(room, merged, summaryOf(doc))).toEqual({ rows: 1, bytes: merged.length });
    expect((await store.load(room)).updates).toEqual([merged]);
    await store.close();
  });
});
