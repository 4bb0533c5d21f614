import path from 'node:path';
import type Database from 'better-sqlite3';
import { coveredRows } from './coveredRows.ts';
import { mergeLog } from './mergeLog.ts';
import { summarize } from './rowSummary.ts';
import { DATABASE_FILE, openDatabase } from './sqliteDatabase.ts';
import { SEALED_ROOM_PREFIX } from './updateStore.ts';
import { WalFile } from './walFile.ts';
import type { LogEntry, LogStats, RowSummary, StoredLog, UpdateStore } from './updateStore.ts';

interface Row {
  id: number;
  data: Buffer;
}

interface SummaryRow {
  state_vector: Buffer;
  delete_set: Buffer;
}

/**
 * UpdateStore on the embedded SQLite database (one row per stored update). Beside a compacted room's
 * row it keeps that row's summary (table row_summaries, keyed by the row's id, so a summary never
 * describes another row): decoding a 100-page document only to learn its state vector took a cold
 * load 35 ms of the relay's thread; here it is done once, at compaction. Every write resolves only
 * once `flush` has put it on disk: with synchronous=FULL (tests, tools) SQLite already has, and the
 * relay's own store (`openRelayUpdateStore`) flushes the write-ahead log off its thread instead.
 */
export class SqliteUpdateStore implements UpdateStore {
  private readonly selectRoom;
  private readonly insert;
  private readonly countRoom;
  private readonly selectRow;
  private readonly deleteUpTo;
  private readonly selectSummary;
  private readonly upsertSummary;
  private readonly appendTx;
  private readonly compactTx;
  private readonly deleteOne;
  private readonly replaceTx;
  private readonly deleteWorkspaceTx;

  constructor(
    private readonly db: Database.Database,
    private readonly flush: () => Promise<void> = () => Promise.resolve(),
    private readonly release: () => void = () => undefined,
  ) {
    // What a compaction or a workspace made private deletes is overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    this.selectRoom = db.prepare<[string], Row>('SELECT id, data FROM updates WHERE room = ? ORDER BY id');
    this.insert = db.prepare<[string, Uint8Array]>('INSERT INTO updates (room, data) VALUES (?, ?)');
    this.countRoom = db.prepare<[string], { rows: number; last: number | null }>(
      'SELECT count(*) AS rows, max(id) AS last FROM updates WHERE room = ?',
    );
    this.selectRow = db.prepare<[number], Buffer>('SELECT data FROM updates WHERE id = ?').pluck();
    this.deleteUpTo = db.prepare<[string, number]>('DELETE FROM updates WHERE room = ? AND id <= ?');
    this.selectSummary = db.prepare<[string, number], SummaryRow>(
      'SELECT state_vector, delete_set FROM row_summaries WHERE room = ? AND row_id = ?',
    );
    const upsert = db.prepare<[string, number, Uint8Array, Uint8Array]>(
      `INSERT INTO row_summaries (room, row_id, state_vector, delete_set) VALUES (?, ?, ?, ?)
       ON CONFLICT (room) DO UPDATE SET row_id = excluded.row_id, state_vector = excluded.state_vector, delete_set = excluded.delete_set`,
    );
    this.upsertSummary = (room: string, id: number, s: RowSummary) => upsert.run(room, id, s.stateVector, s.deleteSet);
    this.appendTx = db.transaction((entries: readonly LogEntry[]) => {
      for (const e of entries) this.insert.run(e.room, e.update);
    });
    // IMMEDIATE: take the write lock before reading, so nothing slips in between read and delete.
    // Given the caller's merge, the rows' contents are not read: their number and last id suffice.
    this.compactTx = db.transaction((room: string, given?: Uint8Array, summary?: RowSummary): LogStats => {
      const { rows, last } = this.countRoom.get(room)!;
      if (last === null) return { rows: 0, bytes: 0 };
      if (rows === 1) {
        const data = this.selectRow.get(last)!;
        if (!this.selectSummary.get(room, last)) this.upsertSummary(room, last, summarize(bytesOf(data)));
        return { rows: 1, bytes: data.length };
      }
      const merged = given ?? mergeLog(this.selectRoom.all(room).map((r) => bytesOf(r.data)));
      this.deleteUpTo.run(room, last);
      const id = Number(this.insert.run(room, merged).lastInsertRowid);
      this.upsertSummary(room, id, (given && summary) || summarize(merged));
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
    // Sealed rooms are named `sealed:<ws>…`, so neither pattern reaches them; `/` never occurs in an id.
    const ordinary = "room = ? OR substr(room, 1, length(?) + 1) = ? || '/'";
    const deleteRows = db.prepare<[string, string, string]>(`DELETE FROM updates WHERE ${ordinary}`);
    const deleteSummaries = db.prepare<[string, string, string]>(`DELETE FROM row_summaries WHERE ${ordinary}`);
    this.deleteWorkspaceTx = db.transaction((ws: string): number => {
      deleteSummaries.run(ws, ws, ws);
      return deleteRows.run(ws, ws, ws).changes;
    });
  }

  async load(room: string): Promise<StoredLog> {
    const rows = this.selectRoom.all(room);
    const updates = rows.map((r) => bytesOf(r.data));
    const log: StoredLog = { updates, rows: rows.length, bytes: updates.reduce((n, u) => n + u.length, 0) };
    // A sealed room's row is an opaque record, not a Yjs update: nothing to summarise.
    if (rows.length === 1 && !room.startsWith(SEALED_ROOM_PREFIX)) log.summary = this.summaryOf(room, rows[0]!);
    return log;
  }

  async appendBatch(entries: readonly LogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    this.appendTx.immediate(entries);
    await this.flush();
  }

  async compact(room: string, merged?: Uint8Array, summary?: RowSummary): Promise<LogStats> {
    const stats = this.compactTx.immediate(room, merged, summary);
    await this.flush();
    return stats;
  }

  async replaceCovered(room: string, row: Uint8Array, coversSeq: number): Promise<LogStats> {
    const stats = this.replaceTx.immediate(room, row, coversSeq);
    await this.flush();
    return stats;
  }

  async deleteOrdinaryRooms(workspaceId: string): Promise<number> {
    const rows = this.deleteWorkspaceTx.immediate(workspaceId);
    await this.flush();
    // The WAL still holds the pages as they were: copy the zeroed ones back and empty it.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return rows;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
    this.release();
  }

  /** The kept summary of a room's only row; made and kept when missing (a row compacted by an older relay). */
  private summaryOf(room: string, row: Row): RowSummary {
    const kept = this.selectSummary.get(room, row.id);
    if (kept) return { stateVector: bytesOf(kept.state_vector), deleteSet: bytesOf(kept.delete_set) };
    const summary = summarize(bytesOf(row.data));
    try {
      this.upsertSummary(room, row.id, summary);
    } catch {
      // Only a cache (a full disk, a read-only folder): the next load makes it again.
    }
    return summary;
  }
}

function bytesOf(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.length);
}

/**
 * The relay's store: its own connection with synchronous=NORMAL, each write followed by an fsync of
 * the write-ahead log on Node's thread pool (walFile.ts). Durable when it resolves, as with
 * synchronous=FULL, but the relay's thread neither waits for the disk nor pays for a worker thread
 * (a V8 heap of its own: about 17 MiB of peak RSS replaying the recorded sessions).
 */
export function openRelayUpdateStore(dataDir: string): SqliteUpdateStore {
  const db = openDatabase(dataDir, 'NORMAL');
  const wal = new WalFile(path.join(dataDir, DATABASE_FILE));
  return new SqliteUpdateStore(
    db,
    () => wal.sync(),
    () => wal.close(),
  );
}
