import { loadOrCreateSigningKey, loadSharedSigningKeys } from '../auth/signingKey.ts';
import type { SigningKeys } from '../auth/signingKey.ts';
import { SqliteTokenStore } from '../auth/sqliteTokenStore.ts';
import { NO_FANOUT } from '../fanout/fanout.ts';
import { RetryingStore } from '../storage/retryingStore.ts';
import { openDatabase } from '../storage/sqliteDatabase.ts';
import { diskCondition, isTransientSqliteError } from '../storage/sqliteErrors.ts';
import { openRelayUpdateStore } from '../storage/sqliteUpdateStore.ts';
import { WorkerBlobStore } from '../storage/workerBlobStore.ts';
import type { Backend, BackendHooks } from './backendTypes.ts';
import type { Log } from './log.ts';
import type { RelayConfig } from './relayConfig.ts';

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
    const store = new RetryingStore(openRelayUpdateStore(config.dataDir), {
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
  const { openPostgresBackend } = await import('./postgresBackend.ts');
  return openPostgresBackend({ ...config, database: config.database }, shared, log, hooks);
}
