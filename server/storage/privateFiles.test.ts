import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteBlobStore } from './sqliteBlobStore.ts';
import { openDatabase } from './sqliteDatabase.ts';

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('the relay data folder stays private', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-private-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('creates the folder 0700 and both databases 0600', () => {
    const dataDir = path.join(tempDir(), 'data');
    const db = openDatabase(dataDir);
    const blobs = new SqliteBlobStore(dataDir);
    expect(mode(dataDir)).toBe(0o700);
    for (const f of ['concord.db', 'concord.db-wal', 'blobs.db', 'blobs.db-wal']) {
      expect(mode(path.join(dataDir, f)), f).toBe(0o600);
    }
    blobs.close();
    db.close();
  });

  it('takes group and other access away from databases and their logs copied in readable', () => {
    const dataDir = tempDir();
    // A folder copied with a permissive umask: databases and their WAL and shared-memory files readable by all.
    const files = ['concord.db', 'blobs.db'].flatMap((n) => [n, `${n}-wal`, `${n}-shm`]);
    for (const f of files) {
      fs.writeFileSync(path.join(dataDir, f), '');
      fs.chmodSync(path.join(dataDir, f), 0o644);
    }
    const db = openDatabase(dataDir);
    const blobs = new SqliteBlobStore(dataDir);
    for (const f of files) expect(mode(path.join(dataDir, f)), f).toBe(0o600);
    blobs.close();
    db.close();
  });
});
