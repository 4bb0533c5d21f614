/** What stops the disk from taking writes, for /healthz, or null when `err` is not a disk condition. */
export function diskCondition(err: unknown): 'disk full' | 'read-only' | 'storage error' | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL') return 'disk full';
  if (code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_BUSY')
    return 'storage error';
  return null;
}

/**
 * Whether a failed SQLite write may succeed later without the relay doing anything: the disk is
 * full, became read-only, or failed an I/O (space freed, a disk remounted). A corrupt database or a
 * constraint error is not: retrying would never end.
 */
export function isTransientSqliteError(err: unknown): boolean {
  return diskCondition(err) !== null;
}
