import { z } from 'zod';
import { ROLES } from '../../shared/protocol/tokenPayload.ts';
import type { TokenPayload } from '../../shared/protocol/tokenPayload.ts';
import type { PostgresDatabase } from '../storage/postgresDatabase.ts';
import type { TokenRecord, TokenStore } from './tokenStore.ts';

// bigint columns arrive as strings from node-postgres.
const rowSchema = z.object({
  id: z.string(),
  ws: z.string(),
  role: z.enum(ROLES),
  name: z.string().nullable(),
  iat: z.coerce.number(),
  exp: z.coerce.number(),
  revoked_at: z.coerce.number().nullable(),
});

function toRecord(row: unknown): TokenRecord {
  const r = rowSchema.parse(row);
  return { id: r.id, ws: r.ws, role: r.role, name: r.name, iat: r.iat, exp: r.exp, revokedAt: r.revoked_at };
}

/** TokenStore in the shared Postgres database: every relay instance sees the same tokens and revocations. */
export class PostgresTokenStore implements TokenStore {
  constructor(private readonly db: PostgresDatabase) {}

  private get table(): string {
    return `${this.db.schema}.tokens`;
  }

  async record(p: TokenPayload): Promise<void> {
    await this.db.pool.query(
      `INSERT INTO ${this.table} (id, ws, role, name, iat, exp) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [p.id, p.ws, p.role, p.name ?? null, p.iat, p.exp],
    );
  }

  async revoke(id: string, atSeconds: number): Promise<boolean> {
    const result = await this.db.pool.query(
      `UPDATE ${this.table} SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2`,
      [atSeconds, id],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async isRevoked(id: string): Promise<boolean> {
    const { rows } = await this.db.pool.query<{ revoked_at: string | null }>(
      `SELECT revoked_at FROM ${this.table} WHERE id = $1`,
      [id],
    );
    return rows[0]?.revoked_at != null;
  }

  async get(id: string): Promise<TokenRecord | null> {
    const { rows } = await this.db.pool.query(`SELECT * FROM ${this.table} WHERE id = $1`, [id]);
    return rows.length === 0 ? null : toRecord(rows[0]);
  }

  async list(): Promise<TokenRecord[]> {
    const { rows } = await this.db.pool.query(`SELECT * FROM ${this.table} ORDER BY iat DESC, id`);
    return rows.map(toRecord);
  }
}
