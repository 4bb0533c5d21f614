import crypto from 'node:crypto';
import { createClient } from 'redis';
import pg from 'pg';
import * as Y from 'yjs';
import { signToken } from '../../../server/auth/token.ts';
import { openPostgres } from '../../../server/storage/postgresDatabase.ts';
import { PostgresUpdateStore } from '../../../server/storage/postgresUpdateStore.ts';
import type { Role, TokenPayload } from '../../../shared/protocol/tokenPayload.ts';
import { newId } from '../../../shared/ids.ts';
import { spawnRelay } from './relayProcess.ts';
import type { RelayHandle, SpawnOptions } from './relayProcess.ts';

/** The Postgres and Redis the scale-out tests use (scripts/ci-services.sh starts them and sets these). */
export const DATABASE_URL = process.env.DATABASE_URL ?? '';
export const REDIS_URL = process.env.REDIS_URL ?? '';

/** Why the scale-out tests cannot run here, or null when they can. */
export function servicesMissing(needRedis = true): string | null {
  const missing = [!DATABASE_URL && 'DATABASE_URL', needRedis && !REDIS_URL && 'REDIS_URL'].filter(Boolean);
  if (missing.length === 0) return null;
  return `${missing.join(' and ')} not set (start PostgreSQL and Redis with \`. scripts/ci-services.sh\`)`;
}

/** A fresh Postgres schema, Redis prefix and shared signing key for one test file's run. */
export interface Cluster {
  schema: string;
  prefix: string;
  keyHex: string;
  /** Starts a relay instance on the cluster (pass `database`/`redis` to go through a proxy). */
  spawn(options?: SpawnOptions & { database?: string; redis?: string | null }): Promise<RelayHandle>;
  token(ws: string, role?: Role): string;
  /** The room as stored in Postgres. */
  stored(room: string): Promise<{ rows: number; doc: Y.Doc }>;
  /** The room's stored rows as they are, in order. */
  rows(room: string): Promise<Uint8Array[]>;
  /** Drops the schema and the Redis keys. */
  cleanup(): Promise<void>;
}

/** A new cluster namespace; nothing is created until an instance starts. */
export function newCluster(): Cluster {
  const suffix = `${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;
  const schema = `concord_test_${suffix}`;
  const prefix = `concord-test-${suffix}`;
  const keyHex = crypto.randomBytes(32).toString('hex');
  const storedRows = async (room: string): Promise<Uint8Array[]> => {
    const store = new PostgresUpdateStore(await openPostgres({ url: DATABASE_URL, schema, max: 1 }));
    try {
      return (await store.load(room)).updates;
    } finally {
      await store.close();
    }
  };
  return {
    schema,
    prefix,
    keyHex,
    spawn: (options = {}) => {
      const { database = DATABASE_URL, redis = REDIS_URL, ...rest } = options;
      const args = [
        '--database',
        database,
        '--database-schema',
        schema,
        '--metrics',
        ...(redis ? ['--redis', redis, '--redis-prefix', prefix] : []),
        ...(rest.args ?? []),
      ];
      return spawnRelay({
        ...rest,
        args,
        env: { CONCORD_RELAY_SIGNING_KEY: keyHex, CONCORD_RELAY_MAX_RATE: '100000', ...rest.env },
      });
    },
    token: (ws, role = 'editor') => {
      const now = Math.floor(Date.now() / 1000);
      const payload: TokenPayload = { v: 1, id: newId(), ws, role, iat: now, exp: now + 3600 };
      return signToken(Buffer.from(keyHex, 'hex'), payload);
    },
    rows: storedRows,
    stored: async (room) => {
      const updates = await storedRows(room);
      const doc = new Y.Doc();
      if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
      return { rows: updates.length, doc };
    },
    cleanup: async () => {
      if (DATABASE_URL) {
        const client = new pg.Client({ connectionString: DATABASE_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
      if (REDIS_URL) {
        const redis = createClient({ url: REDIS_URL });
        redis.on('error', () => undefined);
        await redis.connect();
        for await (const keys of redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1000 }))
          if (keys.length > 0) await redis.del(keys);
        redis.destroy();
      }
    },
  };
}

/**
 * Makes every insert into the schema's update log fail as Postgres fails on a full disk (SQLSTATE
 * 53100, disk_full); the returned function lifts it.
 */
export async function failPostgresWrites(pool: pg.Pool, schema: string): Promise<() => Promise<void>> {
  await pool.query(`
    CREATE OR REPLACE FUNCTION ${schema}.test_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$;
    CREATE TRIGGER test_disk_full BEFORE INSERT ON ${schema}.updates
      FOR EACH ROW EXECUTE FUNCTION ${schema}.test_disk_full();`);
  return async () => void (await pool.query(`DROP TRIGGER IF EXISTS test_disk_full ON ${schema}.updates`));
}
