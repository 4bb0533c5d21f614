import fs from 'node:fs';
import path from 'node:path';

/**
 * The relay's data folder holds what only its operator may read (documents, images, the signing
 * key). These keep it so: the folder is created 0700, files 0600, and an existing file that group
 * or others can read loses that access (a folder copied with a permissive umask, an older relay).
 */

/** Creates `dataDir` (0700) when missing and returns it. */
export function privateFolder(dataDir: string): string {
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw unwritable(dataDir, err);
  }
  return dataDir;
}

const UNWRITABLE: Record<string, string> = {
  EROFS: 'is on a read-only file system',
  EACCES: 'cannot be written by this user',
  EPERM: 'cannot be written by this user',
  ENOSPC: 'is on a full disk',
};

/** What the operator can act on, for a data folder the relay cannot write: the folder, why, and the flag. */
export function unwritable(dataDir: string, err: unknown): unknown {
  const why = UNWRITABLE[(err as NodeJS.ErrnoException).code ?? ''];
  if (!why) return err;
  return new Error(
    `the data folder ${dataDir} ${why}: the relay keeps its documents and keys there; ` +
      'free it, or give a writable folder with --data',
    { cause: err },
  );
}

/** Takes group and other access away from `file` when it has any; a missing file is left missing. */
export function keepPrivate(file: string): void {
  try {
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/**
 * An SQLite database file `name` in `dataDir`, created 0600 when missing, with its write-ahead log
 * and shared-memory files made private too. SQLite gives the -wal and -shm files it creates the
 * database file's mode, so once the database file is private they stay private.
 */
export function privateDatabaseFile(dataDir: string, name: string): string {
  const file = path.join(privateFolder(dataDir), name);
  try {
    fs.closeSync(fs.openSync(file, 'a', 0o600));
  } catch (err) {
    throw unwritable(dataDir, err);
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`]) keepPrivate(f);
  return file;
}
