import type Database from 'better-sqlite3';
import type { Role, TokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { toRecord } from './tokenRows.ts';
import type { TokenRecord, TokenStatus, TokenStore } from './tokenStore.ts';

/** TokenStore in the relay's SQLite database; short statements, safe while the relay runs (WAL). */
export class SqliteTokenStore implements TokenStore {
  constructor(private readonly db: Database.Database) {}

  async record(p: TokenPayload, createdBy: string | null = null): Promise<void> {
    this.insert(p, createdBy);
  }

  private insert(p: TokenPayload, createdBy: string | null): void {
    this.db
      .prepare(
        'INSERT INTO tokens (id, ws, role, name, iat, exp, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
      )
      .run(p.id, p.ws, p.role, p.name ?? null, p.iat, p.exp, createdBy);
  }

  async revoke(id: string, atSeconds: number): Promise<boolean> {
    const info = this.db
      .prepare('UPDATE tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?')
      .run(atSeconds, id);
    return info.changes > 0;
  }

  async status(id: string): Promise<TokenStatus | null> {
    const row: unknown = this.db.prepare('SELECT * FROM tokens WHERE id = ?').get(id);
    if (row === undefined) return null;
    const record = toRecord(row);
    return { revoked: record.revokedAt !== null, role: record.role };
  }

  async get(id: string): Promise<TokenRecord | null> {
    const row: unknown = this.db.prepare('SELECT * FROM tokens WHERE id = ?').get(id);
    return row === undefined ? null : toRecord(row);
  }

  async list(): Promise<TokenRecord[]> {
    return this.db.prepare('SELECT * FROM tokens ORDER BY iat DESC, id').all().map(toRecord);
  }

  async listWorkspace(ws: string): Promise<TokenRecord[]> {
    return this.db.prepare('SELECT * FROM tokens WHERE ws = ? ORDER BY iat DESC, id').all(ws).map(toRecord);
  }

  async setRole(id: string, role: Role): Promise<boolean> {
    return this.db.prepare('UPDATE tokens SET role = ? WHERE id = ?').run(role, id).changes > 0;
  }

  async markUsed(id: string, atSeconds: number): Promise<void> {
    this.db.prepare('UPDATE tokens SET first_used_at = ? WHERE id = ? AND first_used_at IS NULL').run(atSeconds, id);
  }

  async setProfile(id: string, name: string, organisation: string): Promise<void> {
    this.db
      .prepare('UPDATE tokens SET member_name = ?, member_organisation = ? WHERE id = ?')
      .run(name, organisation, id);
  }

  async claimWorkspace(p: TokenPayload, atSeconds: number): Promise<boolean> {
    // One transaction: two editors connecting a new workspace at once cannot both become its owner.
    return this.db
      .transaction(() => {
        if (this.db.prepare('SELECT 1 FROM workspaces WHERE ws = ?').get(p.ws)) return false;
        const owned = this.db.prepare("SELECT 1 FROM tokens WHERE ws = ? AND role = 'owner' LIMIT 1").get(p.ws);
        const hasData = this.db.prepare('SELECT 1 FROM updates WHERE room = ? LIMIT 1').get(p.ws);
        const owner = owned || hasData ? '' : p.id;
        this.db.prepare('INSERT INTO workspaces (ws, owner, claimed_at) VALUES (?, ?, ?)').run(p.ws, owner, atSeconds);
        if (!owner) return false;
        this.insert(p, null);
        this.db.prepare("UPDATE tokens SET role = 'owner' WHERE id = ?").run(p.id);
        return true;
      })
      .immediate();
  }

  async isPrivate(ws: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM workspaces WHERE ws = ? AND private_at IS NOT NULL').get(ws) !== undefined;
  }

  async markPrivate(ws: string, atSeconds: number): Promise<void> {
    // A workspace nobody claimed yet gets its row now, claimed by nobody (as one that had data first).
    this.db
      .prepare(
        `INSERT INTO workspaces (ws, owner, claimed_at, private_at) VALUES (?, '', ?, ?)
         ON CONFLICT (ws) DO UPDATE SET private_at = COALESCE(private_at, excluded.private_at)`,
      )
      .run(ws, atSeconds, atSeconds);
  }
}
