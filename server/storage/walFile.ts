import fs from 'node:fs';

/**
 * Flushes an SQLite database's write-ahead log to disk from Node's thread pool. The relay's log
 * connection commits with synchronous=NORMAL (SQLite writes the WAL but does not wait for the disk)
 * and then awaits `sync()` before acknowledging: the same fsync that synchronous=FULL makes inside
 * the commit, without holding the relay's thread (and without a worker thread's V8 heap) for it.
 * fsync flushes a file, not a descriptor, so this descriptor of our own covers what SQLite wrote
 * through its own. SQLite's other syncs (WAL header at a restart, checkpoints) stay its own.
 */
export class WalFile {
  private readonly path: string;
  private fd: number | null = null;
  private ino = 0;

  /** `database`: the database file; its log is `<database>-wal`. */
  constructor(database: string) {
    this.path = `${database}-wal`;
  }

  /** Resolves once everything committed so far is on disk; rejects with an SQLITE_IOERR_FSYNC error otherwise. */
  sync(): Promise<void> {
    let fd: number;
    try {
      fd = this.current();
    } catch (err) {
      return Promise.reject(ioError(err));
    }
    return new Promise((resolve, reject) => fs.fdatasync(fd, (err) => (err ? reject(ioError(err)) : resolve())));
  }

  /** Closes the descriptor. */
  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  /**
   * The descriptor of the log file now at `path`. SQLite keeps its log while a connection is open,
   * but a checked file identity costs one stat: were it ever replaced, we flush the new one. (The
   * inode number cannot be reused meanwhile: our open descriptor keeps the old file alive.)
   */
  private current(): number {
    const { ino } = fs.statSync(this.path);
    if (this.fd !== null && ino === this.ino) return this.fd;
    this.close();
    this.fd = fs.openSync(this.path, 'r');
    this.ino = fs.fstatSync(this.fd).ino;
    return this.fd;
  }
}

/** A failed flush as SQLite names it, so the relay retries the batch (sqliteErrors.ts) and says "storage error". */
function ioError(err: unknown): Error {
  const message = err instanceof Error ? err.message : String(err);
  return Object.assign(new Error(`flushing the write-ahead log failed: ${message}`), { code: 'SQLITE_IOERR_FSYNC' });
}
