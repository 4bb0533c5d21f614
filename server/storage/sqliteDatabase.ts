import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** File name of the relay database inside the data folder. */
export const DATABASE_FILE = 'concord.db';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS updates (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_room ON updates (room, id);
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY,
  ws TEXT NOT NULL,
  role TEXT NOT NULL,
  name TEXT,
  iat INTEGER NOT NULL,
  exp INTEGER NOT NULL,
  revoked_at INTEGER
);
`;

/**
 * Opens (creating when needed) the relay database in `dataDir`. WAL lets the CLI (invite, revoke)
 * write while the relay runs; synchronous=FULL makes every commit fsync the WAL, so a commit that
 * returned survives a power cut, not only a killed process.
 */
export function openDatabase(dataDir: string): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}
