import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from './sqliteDatabase.ts';
import { openRelayUpdateStore, SqliteUpdateStore } from './sqliteUpdateStore.ts';
import { WalFile } from './walFile.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-wal-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const entry = (room: string, byte: number) => ({ room, update: new Uint8Array([byte, byte]) });

describe('WalFile', () => {
  it('flushes the log file SQLite writes now, also after SQLite replaced it', async () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const wal = new WalFile(file);
    let db = openDatabase(dir, 'NORMAL');
    db.exec('CREATE TABLE t (x)');
    await wal.sync();
    const first = fs.statSync(`${file}-wal`).ino;
    // The last connection closing deletes the log; the next one makes a new file.
    db.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    db = openDatabase(dir, 'NORMAL');
    db.exec('INSERT INTO t VALUES (1)');
    await wal.sync();
    const fdTarget = fs.statSync(`${file}-wal`).ino;
    // Our descriptor keeps the deleted file's inode alive, so its number cannot come back.
    expect(fdTarget).not.toBe(first);
    expect(fs.fstatSync((wal as unknown as { fd: number }).fd).ino).toBe(fdTarget);
    db.close();
    wal.close();
  });

  it('fails as an SQLite I/O error when there is no log to flush, so the relay retries and acknowledges nothing', async () => {
    const wal = new WalFile(path.join(tempDir(), DATABASE_FILE));
    await expect(wal.sync()).rejects.toMatchObject({ code: 'SQLITE_IOERR_FSYNC' });
  });
});

describe("the relay's store", () => {
  it('commits with synchronous=NORMAL and resolves an append only after flushing the log', async () => {
    const dir = tempDir();
    const store = openRelayUpdateStore(dir);
    await store.appendBatch([entry('ws/a', 1), entry('ws/b', 2)]);
    const reader = openDatabase(dir);
    expect((reader.prepare('SELECT COUNT(*) AS n FROM updates').get() as { n: number }).n).toBe(2);
    reader.close();
    await store.close();
  });

  it('does not resolve an append before its flush has', async () => {
    let flushed!: () => void;
    const store = new SqliteUpdateStore(
      openDatabase(tempDir(), 'NORMAL'),
      () => new Promise<void>((resolve) => (flushed = resolve)),
    );
    let durable = false;
    const append = store.appendBatch([entry('ws/a', 1)]).then(() => (durable = true));
    // Without the flush an append settles within microtasks: one turn of the event loop shows it.
    await new Promise((resolve) => setImmediate(resolve));
    expect(durable).toBe(false);
    flushed();
    await append;
    expect(durable).toBe(true);
    await store.close();
  });

  it('rejects an append whose flush failed, though SQLite committed it (a retry stores it again)', async () => {
    const dir = tempDir();
    const failing = new SqliteUpdateStore(openDatabase(dir, 'NORMAL'), () =>
      Promise.reject(Object.assign(new Error('EIO'), { code: 'SQLITE_IOERR_FSYNC' })),
    );
    await expect(failing.appendBatch([entry('ws/a', 1)])).rejects.toMatchObject({ code: 'SQLITE_IOERR_FSYNC' });
    await expect(failing.replaceCovered('sealed:ws/a', new Uint8Array([1]), 0)).rejects.toMatchObject({
      code: 'SQLITE_IOERR_FSYNC',
    });
    await failing.close();
  });
});
