import Database from 'better-sqlite3';
import { privateDatabaseFile } from './privateFiles.ts';

/** File name of the relay database inside the data folder. */
export const DATABASE_FILE = 'concord.db';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS updates (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_room ON updates (room, id);
CREATE TABLE IF NOT EXISTS row_summaries (
  room TEXT PRIMARY KEY,
  row_id INTEGER NOT NULL,
  state_vector BLOB NOT NULL,
  delete_set BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
  id TEXT PRIMARY KEY,
  ws TEXT NOT NULL,
  role TEXT NOT NULL,
  name TEXT,
  iat INTEGER NOT NULL,
  exp INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX IF NOT EXISTS tokens_ws ON tokens (ws, iat);
CREATE TABLE IF NOT EXISTS workspaces (
  ws TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  claimed_at INTEGER NOT NULL
);
`;

/**
 * Columns added since the first release, per table: added to older data folders on open. `tokens`:
 * members (docs/relay.md, Sharing); `workspaces`: when it was made private (docs/private-workspaces.md).
 */
const ADDED_COLUMNS: Record<string, Record<string, string>> = {
  tokens: { created_by: 'TEXT', first_used_at: 'INTEGER', member_name: 'TEXT', member_organisation: 'TEXT' },
  workspaces: { private_at: 'INTEGER' },
};

function addMissingColumns(db: Database.Database): void {
  for (const [table, columns] of Object.entries(ADDED_COLUMNS)) addColumns(db, table, columns);
}

function addColumns(db: Database.Database, table: string, columns: Record<string, string>): void {
  const have = new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
  for (const [column, type] of Object.entries(columns)) {
    if (have.has(column)) continue;
    try {
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
    } catch (err) {
      // Another connection (the storage worker, a CLI command) added it a moment ago.
      if (!String(err).includes('duplicate column')) throw err;
    }
  }
}

/**
 * Opens (creating when needed) the relay database in `dataDir`. WAL lets the CLI (invite, revoke)
 * write while the relay runs; synchronous=FULL makes every commit fsync the WAL, so a commit that
 * returned survives a power cut, not only a killed process. NORMAL only for a connection whose
 * caller flushes the WAL itself before relying on a write (`openRelayUpdateStore`).
 */
export function openDatabase(dataDir: string, synchronous: 'FULL' | 'NORMAL' = 'FULL'): Database.Database {
  const db = new Database(privateDatabaseFile(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  addMissingColumns(db);
  return db;
}
