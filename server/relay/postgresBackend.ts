import { PostgresTokenStore } from '../auth/postgresTokenStore.ts';
import type { SigningKeys } from '../auth/signingKey.ts';
import { NO_FANOUT } from '../fanout/fanout.ts';
import type { Fanout } from '../fanout/fanout.ts';
import { RedisFanout } from '../fanout/redisFanout.ts';
import { isTransientPgError, openPostgres } from '../storage/postgresDatabase.ts';
import type { PostgresDatabase } from '../storage/postgresDatabase.ts';
import { PostgresBlobStore } from '../storage/postgresBlobStore.ts';
import { PostgresUpdateStore } from '../storage/postgresUpdateStore.ts';
import { RetryingStore } from '../storage/retryingStore.ts';
import type { Backend, BackendHooks } from './backendTypes.ts';
import type { Log } from './log.ts';
import type { RelayConfig } from './relayConfig.ts';

/**
 * The Postgres backend (+ Redis fan-out): loaded by backend.ts only when --database is given, so a
 * relay on SQLite does not hold the pg and redis clients (about 17 MiB).
 */
export async function openPostgresBackend(
  config: RelayConfig & { database: string },
  shared: SigningKeys,
  log: Log,
  hooks: BackendHooks,
): Promise<Backend> {
  const pg = await openPostgres({
    url: config.database,
    schema: config.databaseSchema,
    onError: (err) => log(`Postgres: ${err.message}`),
  });
  let fanout: Fanout = NO_FANOUT;
  try {
    if (config.redis)
      fanout = await RedisFanout.connect({
        url: config.redis,
        prefix: config.redisPrefix,
        maxLen: config.streamMaxLen,
        log,
        ...hooks,
      });
  } catch (err) {
    await pg.close();
    throw err;
  }
  const store = new RetryingStore(new PostgresUpdateStore(pg), {
    isTransient: isTransientPgError,
    log,
    onFailing: (failing) => hooks.onSaving?.(!failing),
  });
  const probe = startProbe(pg, log);
  return {
    store,
    blobs: new PostgresBlobStore(pg),
    tokens: new PostgresTokenStore(pg),
    keys: shared,
    fanout,
    describe: `storage: postgres (schema ${config.databaseSchema})${config.redis ? `, fan-out: redis (prefix ${config.redisPrefix})` : ''}`,
    storageHealth: () => {
      if (store.failingSince !== null)
        return {
          kind: 'postgres',
          ok: false,
          detail: `writes failing since ${new Date(store.failingSince).toISOString()}`,
        };
      return probe.error ? { kind: 'postgres', ok: false, detail: probe.error } : { kind: 'postgres', ok: true };
    },
    abandonWrites: () => store.abandon(),
    close: async () => {
      probe.stop();
      await fanout.close();
      await store.close();
    },
  };
}

/**
 * Asks Postgres `SELECT 1` every second, so health is right even when nobody writes. /healthz is
 * public: it says only that the database is unreachable; the error itself goes to the log.
 */
function startProbe(pg: PostgresDatabase, log: Log): { error: string | null; stop(): void } {
  const state = { error: null as string | null, stop: () => clearInterval(timer) };
  let running = false;
  let lastLogged = '';
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    pg.pool
      .query('SELECT 1')
      .then(
        () => {
          state.error = null;
          lastLogged = '';
        },
        (err: unknown) => {
          const detail = err instanceof Error ? err.message : String(err);
          if (detail !== lastLogged) log(`Postgres health check failed: ${detail}`);
          lastLogged = detail;
          state.error = 'database unreachable';
        },
      )
      .finally(() => (running = false));
  }, 1000);
  timer.unref();
  return state;
}
