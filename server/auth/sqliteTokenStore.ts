import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ROLES } from '../../shared/protocol/tokenPayload.ts';
import type { TokenPayload } from '../../shared/protocol/tokenPayload.ts';
import type { TokenRecord, TokenStore } from './tokenStore.ts';

const rowSchema = z.object({
  id: z.string(),
  ws: z.string(),
  role: z.enum(ROLES),
  name: z.string().nullable(),
  iat: z.number(),
  exp: z.number(),
  revoked_at: z.number().nullable(),
});

function toRecord(row: unknown): TokenRecord {
  const r = rowSchema.parse(row);
  return { id: r.id, ws: r.ws, role: r.role, name: r.name, iat: r.iat, exp: r.exp, revokedAt: r.revoked_at };
}

/** TokenStore in the relay's SQLite database; short statements, safe while the relay runs (WAL). */
export class SqliteTokenStore implements TokenStore {
  constructor(private readonly db: Database.Database) {}

  async record(p: TokenPayload): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO tokens (id, ws, role, name, iat, exp) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
      )
      .run(p.id, p.ws, p.role, p.name ?? null, p.iat, p.exp);
  }

  async revoke(id: string, atSeconds: number): Promise<boolean> {
    const info = this.db
      .prepare('UPDATE tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?')
      .run(atSeconds, id);
    return info.changes > 0;
  }

  async isRevoked(id: string): Promise<boolean> {
    const row = this.db.prepare('SELECT revoked_at FROM tokens WHERE id = ?').get(id) as
      { revoked_at: number | null } | undefined;
    return row?.revoked_at != null;
  }

  async get(id: string): Promise<TokenRecord | null> {
    const row: unknown = this.db.prepare('SELECT * FROM tokens WHERE id = ?').get(id);
    return row === undefined ? null : toRecord(row);
  }

  async list(): Promise<TokenRecord[]> {
    return this.db.prepare('SELECT * FROM tokens ORDER BY iat DESC, id').all().map(toRecord);
  }
}
