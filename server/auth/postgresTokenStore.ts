import type { Role, TokenPayload } from '../../shared/protocol/tokenPayload.ts';
import type { PostgresDatabase } from '../storage/postgresDatabase.ts';
import { toRecord } from './tokenRows.ts';
import type { TokenRecord, TokenStatus, TokenStore } from './tokenStore.ts';

/** TokenStore in the shared Postgres database: every relay instance sees the same tokens, roles and revocations. */
export class PostgresTokenStore implements TokenStore {
  constructor(private readonly db: PostgresDatabase) {}

  private get table(): string {
    return `${this.db.schema}.tokens`;
  }

  async record(p: TokenPayload, createdBy: string | null = null): Promise<void> {
    await this.db.pool.query(
      `INSERT INTO ${this.table} (id, ws, role, name, iat, exp, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
      [p.id, p.ws, p.role, p.name ?? null, p.iat, p.exp, createdBy],
    );
  }

  async revoke(id: string, atSeconds: number): Promise<boolean> {
    const result = await this.db.pool.query(
      `UPDATE ${this.table} SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2`,
      [atSeconds, id],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async status(id: string): Promise<TokenStatus | null> {
    const record = await this.get(id);
    return record ? { revoked: record.revokedAt !== null, role: record.role } : null;
  }

  async get(id: string): Promise<TokenRecord | null> {
    const { rows } = await this.db.pool.query(`SELECT * FROM ${this.table} WHERE id = $1`, [id]);
    return rows.length === 0 ? null : toRecord(rows[0]);
  }

  async list(): Promise<TokenRecord[]> {
    const { rows } = await this.db.pool.query(`SELECT * FROM ${this.table} ORDER BY iat DESC, id`);
    return rows.map(toRecord);
  }

  async listWorkspace(ws: string): Promise<TokenRecord[]> {
    const { rows } = await this.db.pool.query(`SELECT * FROM ${this.table} WHERE ws = $1 ORDER BY iat DESC, id`, [ws]);
    return rows.map(toRecord);
  }

  async setRole(id: string, role: Role): Promise<boolean> {
    const result = await this.db.pool.query(`UPDATE ${this.table} SET role = $1 WHERE id = $2`, [role, id]);
    return (result.rowCount ?? 0) > 0;
  }

  async markUsed(id: string, atSeconds: number): Promise<void> {
    await this.db.pool.query(`UPDATE ${this.table} SET first_used_at = $1 WHERE id = $2 AND first_used_at IS NULL`, [
      atSeconds,
      id,
    ]);
  }

  async setProfile(id: string, name: string, organisation: string): Promise<void> {
    await this.db.pool.query(`UPDATE ${this.table} SET member_name = $1, member_organisation = $2 WHERE id = $3`, [
      name,
      organisation,
      id,
    ]);
  }

  async claimWorkspace(p: TokenPayload, atSeconds: number): Promise<boolean> {
    const s = this.db.schema;
    const client = await this.db.pool.connect();
    try {
      await client.query('BEGIN');
      // The row lock of the insert serialises two instances claiming the same workspace at once.
      const claimed = await client.query(
        `INSERT INTO ${s}.workspaces (ws, owner, claimed_at)
         SELECT $1::text, CASE WHEN EXISTS (SELECT 1 FROM ${s}.tokens WHERE ws = $1 AND role = 'owner')
                                  OR EXISTS (SELECT 1 FROM ${s}.updates WHERE room = $1) THEN '' ELSE $2::text END, $3
         ON CONFLICT (ws) DO NOTHING RETURNING owner`,
        [p.ws, p.id, atSeconds],
      );
      const owner = (claimed.rows[0] as { owner?: string } | undefined)?.owner ?? '';
      if (owner === p.id) {
        await client.query(
          `INSERT INTO ${s}.tokens (id, ws, role, name, iat, exp) VALUES ($1, $2, 'owner', $3, $4, $5)
           ON CONFLICT (id) DO UPDATE SET role = 'owner'`,
          [p.id, p.ws, p.name ?? null, p.iat, p.exp],
        );
      }
      await client.query('COMMIT');
      return owner === p.id;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async isPrivate(ws: string): Promise<boolean> {
    const { rowCount } = await this.db.pool.query(
      `SELECT 1 FROM ${this.db.schema}.workspaces WHERE ws = $1 AND private_at IS NOT NULL`,
      [ws],
    );
    return (rowCount ?? 0) > 0;
  }

  async markPrivate(ws: string, atSeconds: number): Promise<void> {
    // A workspace nobody claimed yet gets its row now, claimed by nobody (as one that had data first).
    await this.db.pool.query(
      `INSERT INTO ${this.db.schema}.workspaces (ws, owner, claimed_at, private_at) VALUES ($1, '', $2, $2)
       ON CONFLICT (ws) DO UPDATE SET private_at = COALESCE(${this.db.schema}.workspaces.private_at, excluded.private_at)`,
      [ws, atSeconds],
    );
  }
}
