import { loadOrCreateSigningKey, loadSharedSigningKeys } from '../auth/signingKey.ts';
import type { SigningKeys } from '../auth/signingKey.ts';
import { PostgresTokenStore } from '../auth/postgresTokenStore.ts';
import { SqliteTokenStore } from '../auth/sqliteTokenStore.ts';
import type { TokenStore } from '../auth/tokenStore.ts';
import { openPostgres } from '../storage/postgresDatabase.ts';
import { openDatabase } from '../storage/sqliteDatabase.ts';
import { resolveDataDir } from '../relay/options.ts';

/** The parseArgs options shared by `concord invite`, `revoke` and `tokens`. */
export const TOKEN_ADMIN_OPTIONS = {
  data: { type: 'string' },
  database: { type: 'string' },
  'database-schema': { type: 'string' },
  'signing-key-file': { type: 'string' },
} as const;

/** Their --help lines. */
export const TOKEN_ADMIN_HELP = `  --data DIR        the relay's data folder (default ./concord-data; env CONCORD_RELAY_DATA)
  --database URL    the relays' Postgres database instead (env CONCORD_RELAY_DATABASE)
  --database-schema NAME   its schema (default concord; env CONCORD_RELAY_DATABASE_SCHEMA)
  --signing-key-file FILE  the shared signing key (env CONCORD_RELAY_SIGNING_KEY_FILE, or the key
                    itself in CONCORD_RELAY_SIGNING_KEY); required with --database`;

/** The token store and signing key of a relay (SQLite data folder or Postgres), for the token commands. */
export interface TokenAdmin {
  tokens: TokenStore;
  /** Where the tokens live, for messages. */
  where: string;
  /** The signing keys; in a data folder, created when missing (`created`). */
  keys(): SigningKeys & { created: boolean };
  close(): Promise<void>;
}

/** Opens what `values` (and the environment) point at. */
export async function openTokenAdmin(
  values: { data?: string; database?: string; 'database-schema'?: string; 'signing-key-file'?: string },
  env: NodeJS.ProcessEnv,
): Promise<TokenAdmin> {
  const shared = () =>
    loadSharedSigningKeys({
      signingKeyFile: values['signing-key-file'] ?? env.CONCORD_RELAY_SIGNING_KEY_FILE ?? '',
      signingKey: env.CONCORD_RELAY_SIGNING_KEY ?? '',
    });
  const url = values.database ?? env.CONCORD_RELAY_DATABASE ?? '';
  if (url) {
    const schema = values['database-schema'] ?? env.CONCORD_RELAY_DATABASE_SCHEMA ?? 'concord';
    const pg = await openPostgres({ url, schema, max: 2 });
    return {
      tokens: new PostgresTokenStore(pg),
      where: `the Postgres database (schema ${schema})`,
      keys: () => {
        const keys = shared();
        if (!keys)
          throw new Error(
            "--database: give the relays' shared signing key (--signing-key-file or CONCORD_RELAY_SIGNING_KEY)",
          );
        return { ...keys, created: false };
      },
      close: () => pg.close(),
    };
  }
  const dataDir = resolveDataDir(values.data, env);
  const db = openDatabase(dataDir);
  return {
    tokens: new SqliteTokenStore(db),
    where: dataDir,
    keys: () => {
      const keys = shared();
      return keys ? { ...keys, created: false } : loadOrCreateSigningKey(dataDir);
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
}
