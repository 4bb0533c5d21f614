import Database from 'better-sqlite3';
import type { PutOutcome } from './blobStore.ts';
import { privateDatabaseFile } from './privateFiles.ts';

/** File of the SQLite relay's image blobs, beside concord.db: its big writes never hold the update log's lock. */
const BLOB_DATABASE_FILE = 'blobs.db';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS blobs (
  workspace TEXT NOT NULL,
  hash TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS blobs_key ON blobs (workspace, hash);
`;

/** The blob table in `blobs.db` (mode 0600, WAL, synchronous=FULL like concord.db); synchronous, run on its own thread. */
export class SqliteBlobStore {
  private readonly db: Database.Database;
  private readonly sizeOf;
  private readonly dataOf;
  private readonly usageOf;
  private readonly insert;
  private readonly putTx;
  private readonly deleteOrdinaryOf;

  constructor(dataDir: string) {
    this.db = new Database(privateDatabaseFile(dataDir, BLOB_DATABASE_FILE));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    // Images of a workspace made private are overwritten when deleted, not left in free pages.
    this.db.pragma('secure_delete = ON');
    this.db.exec(SCHEMA);
    this.sizeOf = this.db.prepare<[string, string], { size: number }>(
      'SELECT size FROM blobs WHERE workspace = ? AND hash = ?',
    );
    this.dataOf = this.db.prepare<[string, string], { data: Buffer }>(
      'SELECT data FROM blobs WHERE workspace = ? AND hash = ?',
    );
    this.usageOf = this.db.prepare<[string], { total: number }>(
      'SELECT COALESCE(SUM(size), 0) AS total FROM blobs WHERE workspace = ?',
    );
    this.insert = this.db.prepare<[string, string, number, number, Uint8Array]>(
      'INSERT INTO blobs (workspace, hash, size, created_at, data) VALUES (?, ?, ?, ?, ?)',
    );
    // Sealed images are stored as `sealed/<address>` (shared/protocol/blobPaths.ts); hashes hold no `/`.
    this.deleteOrdinaryOf = this.db.prepare<[string]>("DELETE FROM blobs WHERE workspace = ? AND instr(hash, '/') = 0");
    this.putTx = this.db.transaction((ws: string, hash: string, bytes: Uint8Array, quota: number): PutOutcome => {
      if (this.sizeOf.get(ws, hash)) return 'exists';
      if (this.usage(ws) + bytes.length > quota) return 'quota';
      this.insert.run(ws, hash, bytes.length, Date.now(), bytes);
      return 'stored';
    });
  }

  size(workspace: string, hash: string): number | null {
    return this.sizeOf.get(workspace, hash)?.size ?? null;
  }

  get(workspace: string, hash: string): Uint8Array | null {
    const row = this.dataOf.get(workspace, hash);
    return row ? new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.length) : null;
  }

  put(workspace: string, hash: string, bytes: Uint8Array, quotaBytes: number): PutOutcome {
    return this.putTx.immediate(workspace, hash, bytes, quotaBytes);
  }

  usage(workspace: string): number {
    return this.usageOf.get(workspace)!.total;
  }

  deleteOrdinary(workspace: string): number {
    const deleted = this.deleteOrdinaryOf.run(workspace).changes;
    // The WAL still holds the pages as they were: copy the zeroed ones back and empty it.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return deleted;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
