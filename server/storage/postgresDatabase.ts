import pg from 'pg';

/** Schema names the relay accepts (they are quoted into SQL, so keep them plain). */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// Serialises schema creation when several relays start at once (CREATE ... IF NOT EXISTS can race).
const DDL_LOCK = 0x636f6e63; // 'conc'

/** A pool on the relay's Postgres database, with the relay's tables in `schema`. */
export interface PostgresDatabase {
  pool: pg.Pool;
  /** The quoted schema name, ready to prefix table names: `"concord"`. */
  schema: string;
  close(): Promise<void>;
}

/** Options for `openPostgres`. */
export interface PostgresOptions {
  url: string;
  schema: string;
  /** Where idle-connection errors go (the pool reconnects by itself). */
  onError?: (err: Error) => void;
  max?: number;
}

/**
 * Connects to Postgres and creates the relay's schema and tables when missing. Every session runs
 * with synchronous_commit=on whatever the server's default, because the relay acknowledges an update
 * to its author only once its transaction has committed.
 */
export async function openPostgres(options: PostgresOptions): Promise<PostgresDatabase> {
  if (!SCHEMA_NAME.test(options.schema))
    throw new Error(`invalid schema name "${options.schema}" (lower-case letters, digits, _)`);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5000,
    query_timeout: 60_000,
    keepAlive: true,
    application_name: 'concord-relay',
    // Set when the session starts: a query sent on 'connect' would race the caller's first query.
    options: '-c synchronous_commit=on',
  });
  pool.on('error', (err) => options.onError?.(err));
  const schema = `"${options.schema}"`;
  try {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [DDL_LOCK]);
      await client.query(`
        CREATE SCHEMA IF NOT EXISTS ${schema};
        CREATE TABLE IF NOT EXISTS ${schema}.updates (id bigserial PRIMARY KEY, room text NOT NULL, data bytea NOT NULL);
        CREATE INDEX IF NOT EXISTS updates_room ON ${schema}.updates (room, id);
        CREATE TABLE IF NOT EXISTS ${schema}.tokens (
          id text PRIMARY KEY, ws text NOT NULL, role text NOT NULL, name text,
          iat bigint NOT NULL, exp bigint NOT NULL, revoked_at bigint
        );
        ALTER TABLE ${schema}.tokens ADD COLUMN IF NOT EXISTS created_by text;
        ALTER TABLE ${schema}.tokens ADD COLUMN IF NOT EXISTS first_used_at bigint;
        ALTER TABLE ${schema}.tokens ADD COLUMN IF NOT EXISTS member_name text;
        ALTER TABLE ${schema}.tokens ADD COLUMN IF NOT EXISTS member_organisation text;
        CREATE INDEX IF NOT EXISTS tokens_ws ON ${schema}.tokens (ws, iat);
        CREATE TABLE IF NOT EXISTS ${schema}.workspaces (ws text PRIMARY KEY, owner text NOT NULL, claimed_at bigint NOT NULL);
        ALTER TABLE ${schema}.workspaces ADD COLUMN IF NOT EXISTS private_at bigint;
        CREATE TABLE IF NOT EXISTS ${schema}.sealed_heads (room text PRIMARY KEY, last_seq bigint NOT NULL);
        ALTER TABLE ${schema}.updates ADD COLUMN IF NOT EXISTS seq bigint;
        CREATE INDEX IF NOT EXISTS updates_room_seq ON ${schema}.updates (room, seq) WHERE seq IS NOT NULL;`);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new Error(`cannot open the Postgres database: ${err instanceof Error ? err.message : String(err)}`);
  }
  let ended = false;
  return {
    pool,
    schema,
    close: async () => {
      if (ended) return;
      ended = true;
      await pool.end();
    },
  };
}

/**
 * Whether a failed Postgres call may succeed when retried: the server unreachable, restarting or
 * overloaded, or the connection lost (SQLSTATE classes 08, 53, 57, 40; errors without a SQLSTATE
 * come from the socket or the client's timeouts). Anything else is a real error.
 */
export function isTransientPgError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return true;
  return ['08', '53', '57', '40'].includes(code.slice(0, 2));
}
