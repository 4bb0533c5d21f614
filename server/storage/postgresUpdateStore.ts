import type { PoolClient } from 'pg';
import { coveredRows } from './coveredRows.ts';
import { mergeLog } from './mergeLog.ts';
import type { PostgresDatabase } from './postgresDatabase.ts';
import type { LogEntry, LogStats, NumberedAppend, StoredLog, UpdateStore } from './updateStore.ts';

// The first key of the two-key advisory lock: "this is a Concord compaction"; the second is a hash
// of schema and room, so relays sharing a database but not a schema do not wait for each other.
const COMPACT_LOCK = 0x636d7074; // 'cmpt'

interface Row {
  id: string;
  data: Buffer;
}

/**
 * UpdateStore on Postgres, shared by several relay instances: one row per stored update. Appends are
 * single INSERT statements (one transaction each). Compaction holds a per-room advisory lock for its
 * transaction (as does a sealed room's snapshot) and deletes exactly the rows it replaced, by id: rows another instance appends meanwhile
 * (whatever their id) are kept beside the merged row. A sealed room's records are numbered here
 * (`sealed_heads`, one row per room, locked by each append until it commits), so instances sharing
 * the room never give out a number twice and commit numbers in order.
 */
export class PostgresUpdateStore implements UpdateStore {
  constructor(private readonly db: PostgresDatabase) {}

  async load(room: string): Promise<StoredLog> {
    const { rows } = await this.db.pool.query<{ data: Buffer }>(
      `SELECT data FROM ${this.db.schema}.updates WHERE room = $1 ORDER BY id`,
      [room],
    );
    const updates = rows.map((r) => toBytes(r.data));
    return { updates, rows: rows.length, bytes: updates.reduce((n, u) => n + u.length, 0) };
  }

  async appendBatch(entries: readonly LogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db.pool.query(
      `INSERT INTO ${this.db.schema}.updates (room, data) SELECT * FROM unnest($1::text[], $2::bytea[])`,
      [entries.map((e) => e.room), entries.map((e) => toBuffer(e.update))],
    );
  }

  /** Merges the rows itself (`merged` is not used: another instance may have appended rows its giver has not seen). */
  async compact(room: string, _merged?: Uint8Array): Promise<LogStats> {
    return this.lockedRoom(room, async (client, rows) => {
      if (rows.length <= 1) return { rows: rows.length, bytes: rows[0]?.data.length ?? 0 };
      const merged = mergeLog(rows.map((r) => toBytes(r.data)));
      await this.replaceRows(client, room, rows, merged);
      return { rows: 1, bytes: merged.length };
    });
  }

  async replaceCovered(room: string, row: Uint8Array, coversSeq: number): Promise<LogStats> {
    return this.lockedRoom(room, async (client, rows) => {
      const covered = coveredRows(rows, coversSeq);
      // Numbered as the last record it covers, so an instance reading what it missed finds it.
      await this.replaceRows(client, room, covered, row, coversSeq);
      const kept = rows.filter((r) => !covered.includes(r));
      return { rows: kept.length + 1, bytes: kept.reduce((n, r) => n + r.data.length, row.length) };
    });
  }

  async appendNumbered(room: string, seq: number, row: Uint8Array): Promise<NumberedAppend> {
    const heads = `${this.db.schema}.sealed_heads`;
    return this.transaction(async (client) => {
      // A room numbered before this table existed (one relay, numbering from its memory) starts where the caller's log ends.
      await client.query(`INSERT INTO ${heads} (room, last_seq) VALUES ($1, $2) ON CONFLICT (room) DO NOTHING`, [
        room,
        seq - 1,
      ]);
      // The row lock holds later appends to the room until this one commits: numbers commit in order.
      const { rows } = await client.query<{ last_seq: string }>(
        `SELECT last_seq FROM ${heads} WHERE room = $1 FOR UPDATE`,
        [room],
      );
      const last = Number(rows[0]!.last_seq);
      if (last === seq && (await this.newestRowIs(client, room, row))) return { stored: true }; // a retry of an append that did commit
      if (last !== seq - 1) return { stored: false, last };
      await client.query(`INSERT INTO ${this.db.schema}.updates (room, data, seq) VALUES ($1, $2, $3)`, [
        room,
        toBuffer(row),
        seq,
      ]);
      await client.query(`UPDATE ${heads} SET last_seq = $2 WHERE room = $1`, [room, seq]);
      return { stored: true };
    });
  }

  async loadNumberedAfter(room: string, after: number): Promise<Uint8Array[]> {
    const { rows } = await this.db.pool.query<{ data: Buffer }>(
      `SELECT data FROM ${this.db.schema}.updates WHERE room = $1 AND seq > $2 ORDER BY seq`,
      [room, after],
    );
    return rows.map((r) => toBytes(r.data));
  }

  private async newestRowIs(client: PoolClient, room: string, row: Uint8Array): Promise<boolean> {
    const { rows } = await client.query<{ data: Buffer }>(
      `SELECT data FROM ${this.db.schema}.updates WHERE room = $1 ORDER BY id DESC LIMIT 1`,
      [room],
    );
    return rows[0] !== undefined && toBuffer(row).equals(rows[0].data);
  }

  async deleteOrdinaryRooms(workspaceId: string): Promise<number> {
    // Sealed rooms are named `sealed:<ws>…`, so neither condition reaches them; `/` never occurs in an id.
    const { rowCount } = await this.db.pool.query(
      `DELETE FROM ${this.db.schema}.updates WHERE room = $1 OR left(room, length($1) + 1) = $1 || '/'`,
      [workspaceId],
    );
    return rowCount ?? 0;
  }

  /** Runs `work` on the room's rows in a transaction holding the room's advisory lock. */
  private lockedRoom(room: string, work: (client: PoolClient, rows: Row[]) => Promise<LogStats>): Promise<LogStats> {
    return this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [COMPACT_LOCK, `${this.db.schema}/${room}`]);
      const { rows } = await client.query<Row>(
        `SELECT id, data FROM ${this.db.schema}.updates WHERE room = $1 ORDER BY id`,
        [room],
      );
      return work(client, rows);
    });
  }

  /** Runs `work` in a transaction of its own. */
  private async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.db.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      // A connection that failed mid-transaction is not handed out again.
      broken = err instanceof Error ? err : new Error(String(err));
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release(broken);
    }
  }

  /** Deletes exactly `rows` (by id) and adds `data` in their place (numbered `seq` in a sealed room). */
  private async replaceRows(client: PoolClient, room: string, rows: readonly Row[], data: Uint8Array, seq?: number) {
    await client.query(`DELETE FROM ${this.db.schema}.updates WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
    await client.query(`INSERT INTO ${this.db.schema}.updates (room, data, seq) VALUES ($1, $2, $3)`, [
      room,
      toBuffer(data),
      seq ?? null,
    ]);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/** A row's bytes as a Uint8Array, without copying. */
function toBytes(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.length);
}

/** The bytes as a Buffer, without copying. */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
