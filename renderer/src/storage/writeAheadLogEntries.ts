/** A key of a document's write-ahead log and the base64 updates it holds. */
export interface LogEntry {
  key: string;
  updates: string[];
}

// `concord.wal.<name>` held the whole log as a JSON array (before each entry had a key of its own);
// `concord.wal.<name>.<session>.<n>` holds one update.
const legacyKey = (name: string) => `concord.wal.${name}`;

function logKeys(name: string): string[] {
  const legacy = legacyKey(name);
  const prefix = `${legacy}.`;
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key === legacy || key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Every entry a document's log holds, from any session (an interrupted one, another tab); damaged ones are skipped. */
export function readWriteAheadLog(name: string): LogEntry[] {
  return logKeys(name).flatMap((key) => {
    const value = localStorage.getItem(key);
    if (value === null) return [];
    if (key !== legacyKey(name)) return [{ key, updates: [value] }];
    try {
      const list: unknown = JSON.parse(value);
      const updates = Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [];
      return [{ key, updates }];
    } catch {
      return [{ key, updates: [] }];
    }
  });
}

/** Removes a document's whole write-ahead log, every session's (its local copy is replaced or erased). */
export function forgetWriteAheadLog(name: string): void {
  logKeys(name).forEach((key) => localStorage.removeItem(key));
}
