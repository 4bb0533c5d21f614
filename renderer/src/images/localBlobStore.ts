import { IMAGE_MIME } from '../../../shared/images/imageFormat.ts';
import type { StoredImageType } from '../../../shared/schema/image.ts';
import { LocalizedError } from '../../../shared/i18n/LocalizedError.ts';

/** An image blob on this computer. */
export interface LocalBlob {
  hash: string;
  type: StoredImageType;
  bytes: Uint8Array;
  /** The relay (ws URL) known to hold it, or null: uploading it is still to do. */
  syncedTo: string | null;
}

const STORE = 'blobs';

/** IndexedDB database of a workspace's images, shared by all its documents. */
const blobDbName = (workspaceId: string) => `concord-blobs-${workspaceId}`;

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new LocalizedError('error.imageStore'));
  });
}

/**
 * The workspace's images on this computer, by SHA-256, in IndexedDB: every document of the
 * workspace refers to them by name, so each is stored once. Announces arrivals (an image inserted
 * here, or downloaded from the relay) so that views waiting for one can show it.
 */
export class LocalBlobStore {
  private readonly db: Promise<IDBDatabase>;
  private readonly urls = new Map<string, string>();
  private readonly waiting = new Map<string, Set<() => void>>();
  private readonly added = new Set<(hash: string) => void>();

  constructor(readonly workspaceId: string) {
    this.db = new Promise((resolve, reject) => {
      const open = indexedDB.open(blobDbName(workspaceId), 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'hash' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new LocalizedError('error.imageStore'));
    });
  }

  private async tx(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.db).transaction(STORE, mode).objectStore(STORE);
  }

  /** A stored image, or null. */
  async get(hash: string): Promise<LocalBlob | null> {
    return ((await promised((await this.tx('readonly')).get(hash))) as LocalBlob | undefined) ?? null;
  }

  async has(hash: string): Promise<boolean> {
    return (await promised((await this.tx('readonly')).count(hash))) > 0;
  }

  /** Stores an image (already checked, named by its SHA-256) unless it is there; tells whoever waits for it. */
  async put(hash: string, type: StoredImageType, bytes: Uint8Array, syncedTo: string | null = null): Promise<void> {
    const store = await this.tx('readwrite');
    const existing = (await promised(store.get(hash))) as LocalBlob | undefined;
    if (!existing) await promised(store.put({ hash, type, bytes, syncedTo } satisfies LocalBlob));
    else if (syncedTo && existing.syncedTo !== syncedTo) await promised(store.put({ ...existing, syncedTo }));
    if (existing) return;
    this.waiting.get(hash)?.forEach((notify) => notify());
    this.waiting.delete(hash);
    this.added.forEach((listener) => listener(hash));
  }

  /** Notes that `relayUrl` holds the image. */
  async markSynced(hash: string, relayUrl: string): Promise<void> {
    const store = await this.tx('readwrite');
    const existing = (await promised(store.get(hash))) as LocalBlob | undefined;
    if (existing && existing.syncedTo !== relayUrl) await promised(store.put({ ...existing, syncedTo: relayUrl }));
  }

  /** The names of every image on this computer. */
  async hashes(): Promise<string[]> {
    return (await promised((await this.tx('readonly')).getAllKeys())).map(String);
  }

  /** The names of the images `relayUrl` is not known to hold. */
  async unsynced(relayUrl: string): Promise<string[]> {
    const all = (await promised((await this.tx('readonly')).getAll())) as LocalBlob[];
    return all.filter((b) => b.syncedTo !== relayUrl).map((b) => b.hash);
  }

  /** A `blob:` URL showing the image (one per image, kept while the store is open), or null when it is not here. */
  async objectUrl(hash: string): Promise<string | null> {
    const known = this.urls.get(hash);
    if (known) return known;
    const blob = await this.get(hash);
    if (!blob) return null;
    const url =
      this.urls.get(hash) ?? URL.createObjectURL(new Blob([blob.bytes.slice()], { type: IMAGE_MIME[blob.type] }));
    this.urls.set(hash, url);
    return url;
  }

  /** Calls `listener` once when the image arrives (at once if it is here); returns a function that cancels. */
  whenPresent(hash: string, listener: () => void): () => void {
    let cancelled = false;
    const fire = () => !cancelled && listener();
    const set = this.waiting.get(hash) ?? new Set();
    set.add(fire);
    this.waiting.set(hash, set);
    void this.has(hash).then((here) => here && fire());
    return () => {
      cancelled = true;
      set.delete(fire);
    };
  }

  /** Hears of every image added to the store (to upload it). */
  onAdded(listener: (hash: string) => void): () => void {
    this.added.add(listener);
    return () => this.added.delete(listener);
  }

  destroy(): void {
    this.urls.forEach((url) => URL.revokeObjectURL(url));
    this.urls.clear();
    void this.db.then((db) => db.close());
  }
}
