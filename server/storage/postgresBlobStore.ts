import type { BlobStore, PutOutcome } from './blobStore.ts';
import type { PostgresDatabase } from './postgresDatabase.ts';

// Serialises the table's creation when several relays start at once, and each workspace's quota check with its insert.
const DDL_LOCK = 0x626c6f62; // 'blob'

/** The blob table on the relays' shared Postgres database, in their schema; created on first use. */
export class PostgresBlobStore implements BlobStore {
  private ready: Promise<void> | null = null;

  constructor(private readonly pg: PostgresDatabase) {}

  private table(): Promise<string> {
    const name = `${this.pg.schema}.blobs`;
    this.ready ??= this.pg.pool
      .query(
        `BEGIN; SELECT pg_advisory_xact_lock(${DDL_LOCK});
         CREATE TABLE IF NOT EXISTS ${name} (
           workspace text NOT NULL, hash text NOT NULL, size integer NOT NULL, created_at bigint NOT NULL,
           data bytea NOT NULL, PRIMARY KEY (workspace, hash));
         COMMIT;`,
      )
      .then(
        () => undefined,
        (err: unknown) => {
          this.ready = null;
          throw err;
        },
      );
    return this.ready.then(() => name);
  }

  async size(workspace: string, hash: string): Promise<number | null> {
    const result = await this.pg.pool.query<{ size: number }>(
      `SELECT size FROM ${await this.table()} WHERE workspace = $1 AND hash = $2`,
      [workspace, hash],
    );
    return result.rows[0]?.size ?? null;
  }

  async get(workspace: string, hash: string): Promise<Uint8Array | null> {
    const result = await this.pg.pool.query<{ data: Buffer }>(
      `SELECT data FROM ${await this.table()} WHERE workspace = $1 AND hash = $2`,
      [workspace, hash],
    );
    const data = result.rows[0]?.data;
    return data ? new Uint8Array(data.buffer, data.byteOffset, data.length) : null;
  }

  async put(workspace: string, hash: string, bytes: Uint8Array, quotaBytes: number): Promise<PutOutcome> {
    const table = await this.table();
    const client = await this.pg.pool.connect();
    try {
      await client.query('BEGIN');
      // One writer per workspace at a time, across every relay instance: the quota holds.
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [DDL_LOCK, workspace]);
      const found = await client.query(`SELECT 1 FROM ${table} WHERE workspace = $1 AND hash = $2`, [workspace, hash]);
      let outcome: PutOutcome = 'exists';
      if (found.rowCount === 0) {
        const used = await client.query<{ total: string }>(
          `SELECT COALESCE(SUM(size), 0) AS total FROM ${table} WHERE workspace = $1`,
          [workspace],
        );
        outcome = Number(used.rows[0]!.total) + bytes.length > quotaBytes ? 'quota' : 'stored';
        if (outcome === 'stored')
          await client.query(
            `INSERT INTO ${table} (workspace, hash, size, created_at, data) VALUES ($1, $2, $3, $4, $5)`,
            [workspace, hash, bytes.length, Date.now(), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)],
          );
      }
      await client.query('COMMIT');
      return outcome;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async usage(workspace: string): Promise<number> {
    const result = await this.pg.pool.query<{ total: string }>(
      `SELECT COALESCE(SUM(size), 0) AS total FROM ${await this.table()} WHERE workspace = $1`,
      [workspace],
    );
    return Number(result.rows[0]!.total);
  }

  async deleteOrdinary(workspace: string): Promise<number> {
    // Sealed images are stored as `sealed/<address>` (shared/protocol/blobPaths.ts); hashes hold no `/`.
    const result = await this.pg.pool.query(
      `DELETE FROM ${await this.table()} WHERE workspace = $1 AND strpos(hash, '/') = 0`,
      [workspace],
    );
    return result.rowCount ?? 0;
  }

  async close(): Promise<void> {
    // The pool belongs to the backend, which closes it.
  }
}
