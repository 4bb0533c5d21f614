import type { SigningKeys } from '../auth/signingKey.ts';
import type { TokenStore } from '../auth/tokenStore.ts';
import type { Fanout } from '../fanout/fanout.ts';
import type { BlobStore } from '../storage/blobStore.ts';
import type { UpdateStore } from '../storage/updateStore.ts';

// What the relay's storage back-ends (backend.ts: SQLite; postgresBackend.ts: Postgres and Redis) provide.

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
