import type Database from 'better-sqlite3';
import { coveredRows } from './coveredRows.ts';
import { mergeLog } from './mergeLog.ts';
import type { LogEntry, LogStats, StoredLog, UpdateStore } from './updateStore.ts';

interface Row {
  id: number;
  data: Buffer;
}

/** UpdateStore on the embedded SQLite database (one row per stored update). */
export class SqliteUpdateStore implements UpdateStore {
  private readonly selectRoom;
  private readonly insert;
  private readonly deleteUpTo;
  private readonly appendTx;
  private readonly compactTx;
  private readonly deleteOne;
  private readonly replaceTx;

  constructor(private readonly db: Database.Database) {
    this.selectRoom = db.prepare<[string], Row>('SELECT id, data FROM updates WHERE room = ? ORDER BY id');
    this.insert = db.prepare<[string, Uint8Array]>('INSERT INTO updates (room, data) VALUES (?, ?)');
    this.deleteUpTo = db.prepare<[string, number]>('DELETE FROM updates WHERE room = ? AND id <= ?');
    this.appendTx = db.transaction((entries: readonly LogEntry[]) => {
      for (const e of entries) this.insert.run(e.room, e.update);
    });
    // IMMEDIATE: take the write lock before reading, so nothing slips in between read and delete.
    this.compactTx = db.transaction((room: string): LogStats => {
      const rows = this.selectRoom.all(room);
      const last = rows.at(-1);
      if (!last || rows.length === 1) return { rows: rows.length, bytes: last?.data.length ?? 0 };
      const merged = mergeLog(rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.length)));
      this.deleteUpTo.run(room, last.id);
      this.insert.run(room, merged);
      return { rows: 1, bytes: merged.length };
    });
    this.deleteOne = db.prepare<[number]>('DELETE FROM updates WHERE id = ?');
    this.replaceTx = db.transaction((room: string, row: Uint8Array, coversSeq: number): LogStats => {
      const rows = this.selectRoom.all(room);
      const covered = coveredRows(rows, coversSeq);
      for (const r of covered) this.deleteOne.run(r.id);
      this.insert.run(room, row);
      const kept = rows.filter((r) => !covered.includes(r));
      return { rows: kept.length + 1, bytes: kept.reduce((n, r) => n + r.data.length, row.length) };
    });
  }

  async load(room: string): Promise<StoredLog> {
    const rows = this.selectRoom.all(room);
    const updates = rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.length));
    return { updates, rows: rows.length, bytes: updates.reduce((n, u) => n + u.length, 0) };
  }

  async appendBatch(entries: readonly LogEntry[]): Promise<void> {
    if (entries.length > 0) this.appendTx.immediate(entries);
  }

  async compact(room: string): Promise<LogStats> {
    return this.compactTx.immediate(room);
  }

  async replaceCovered(room: string, row: Uint8Array, coversSeq: number): Promise<LogStats> {
    return this.replaceTx.immediate(room, row, coversSeq);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
