// The relay's image storage: content-addressed blobs, kept per workspace (shared by its documents,
// each stored once), behind an async interface that SQLite (on a thread of its own) and Postgres
// both implement. Separate from the document update log: a table (and, for SQLite, a file) of its own.

/** What storing a blob came to. */
export type PutOutcome = 'stored' | 'exists' | 'quota';

/** Durable blob storage, keyed by workspace and SHA-256. */
export interface BlobStore {
  /** Bytes of a stored blob, or null when it is not stored. */
  size(workspace: string, hash: string): Promise<number | null>;
  /** A stored blob's bytes, or null. */
  get(workspace: string, hash: string): Promise<Uint8Array | null>;
  /**
   * Stores a blob (the caller has checked that `hash` is its SHA-256) unless the workspace already
   * has it, or refuses it ('quota') when the workspace's blobs would then take more than
   * `quotaBytes`. Check and insert are atomic; resolves once the blob is durable.
   */
  put(workspace: string, hash: string, bytes: Uint8Array, quotaBytes: number): Promise<PutOutcome>;
  /** Bytes the workspace's blobs take. */
  usage(workspace: string): Promise<number>;
  /** Deletes the workspace's ordinary images (named by their hash), keeping sealed ones; returns how many went. */
  deleteOrdinary(workspace: string): Promise<number>;
  close(): Promise<void>;
}
