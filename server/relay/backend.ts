import { loadOrCreateSigningKey, loadSharedSigningKeys } from '../auth/signingKey.ts';
import type { SigningKeys } from '../auth/signingKey.ts';
import { PostgresTokenStore } from '../auth/postgresTokenStore.ts';
import { SqliteTokenStore } from '../auth/sqliteTokenStore.ts';
import type { TokenStore } from '../auth/tokenStore.ts';
import { NO_FANOUT } from '../fanout/fanout.ts';
import type { Fanout } from '../fanout/fanout.ts';
import { RedisFanout } from '../fanout/redisFanout.ts';
import { isTransientPgError, openPostgres } from '../storage/postgresDatabase.ts';
import type { PostgresDatabase } from '../storage/postgresDatabase.ts';
import { PostgresUpdateStore } from '../storage/postgresUpdateStore.ts';
import { RetryingStore } from '../storage/retryingStore.ts';
import { openDatabase } from '../storage/sqliteDatabase.ts';
import { diskCondition, isTransientSqliteError } from '../storage/sqliteErrors.ts';
import { WorkerUpdateStore } from '../storage/workerUpdateStore.ts';
import type { UpdateStore } from '../storage/updateStore.ts';
import type { BlobStore } from '../storage/blobStore.ts';
import { WorkerBlobStore } from '../storage/workerBlobStore.ts';
import { PostgresBlobStore } from '../storage/postgresBlobStore.ts';
import type { Log } from './log.ts';
import type { RelayConfig } from './relayConfig.ts';

/** Storage state for /healthz. */
export interface StorageHealth {
  kind: 'sqlite' | 'postgres';
  ok: boolean;
  detail?: string;
}

/** Where the relay keeps documents and tokens, how it signs, and whom it shares updates with. */
export interface Backend {
  store: UpdateStore;
  /** Image blobs (a store and table of their own). */
  blobs: BlobStore;
  tokens: TokenStore;
  keys: SigningKeys;
  fanout: Fanout;
  /** Where the data lives, for the start-up line. */
  describe: string;
  storageHealth(): StorageHealth;
  /** Stops retrying writes (shutdown while the database is unavailable). */
  abandonWrites(): void;
  close(): Promise<void>;
}

/** Fan-out hooks for metrics. */
export interface BackendHooks {
  onLag?(ms: number): void;
  onReload?(room: string): void;
  /** Appends started failing (false) or succeed again (true). */
  onSaving?(saving: boolean): void;
}

/** Opens the embedded SQLite backend, or Postgres (+ Redis) when configured. */
export async function openBackend(config: RelayConfig, log: Log, hooks: BackendHooks = {}): Promise<Backend> {
  const shared = loadSharedSigningKeys(config);
  if (!config.database) {
    const db = openDatabase(config.dataDir);
    let keys: SigningKeys | null = shared;
    if (!keys) {
      const loaded = loadOrCreateSigningKey(config.dataDir);
      if (loaded.created) log(`created a new signing key in ${config.dataDir}`);
      keys = loaded;
    }
    // A full or failing disk: accept and forward edits but acknowledge none until they are written.
    const store = new RetryingStore(new WorkerUpdateStore(config.dataDir), {
      isTransient: isTransientSqliteError,
      log,
      onFailing: (failing) => hooks.onSaving?.(!failing),
    });
    const blobs = new WorkerBlobStore(config.dataDir);
    return {
      store,
      blobs,
      tokens: new SqliteTokenStore(db),
      keys,
      fanout: NO_FANOUT,
      describe: `data: ${config.dataDir}`,
      storageHealth: () => {
        if (store.failingSince === null) return { kind: 'sqlite', ok: db.open };
        const since = new Date(store.failingSince).toISOString();
        return {
          kind: 'sqlite',
          ok: false,
          detail: `cannot save since ${since} (${diskCondition(store.lastError) ?? 'storage error'})`,
        };
      },
      abandonWrites: () => store.abandon(),
      close: async () => {
        await Promise.all([store.close(), blobs.close()]);
        db.close();
      },
    };
  }
  if (!shared)
    throw new Error(
      '--database: give the signing key shared by all instances (--signing-key-file or CONCORD_RELAY_SIGNING_KEY)',
    );
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
