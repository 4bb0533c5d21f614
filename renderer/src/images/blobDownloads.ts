import { sha256Hex } from '../../../shared/images/blobHash.ts';
import { readImageHeader } from '../../../shared/images/imageFormat.ts';
import { STORED_IMAGE_TYPES } from '../../../shared/schema/image.ts';
import type { StoredImageType } from '../../../shared/schema/image.ts';
import type { LocalBlobStore } from './localBlobStore.ts';
import { blobRequest, MAX_BACKOFF_MS } from './blobRequest.ts';
import type { BlobRelay } from './blobRequest.ts';

interface Wanted {
  users: number;
  timer: ReturnType<typeof setTimeout> | null;
  backoff: number;
}

/**
 * Downloads the images views ask for and this computer lacks, checks each against its name (the
 * relay is never trusted with what is kept under a name) and keeps it; retries with backoff while
 * the relay is away or does not have it yet (its author may still be offline).
 */
export class BlobDownloads {
  online = true;
  private destroyed = false;
  private readonly wanted = new Map<string, Wanted>();

  constructor(
    private readonly store: LocalBlobStore,
    private readonly relay: BlobRelay,
  ) {}

  /** Asks for an image; returns the function that says it is no longer needed. */
  want(hash: string): () => void {
    let entry = this.wanted.get(hash);
    if (!entry) {
      entry = { users: 0, timer: null, backoff: 1000 };
      this.wanted.set(hash, entry);
      this.soon(hash, 0);
    }
    entry.users += 1;
    return () => {
      const current = this.wanted.get(hash);
      if (!current || --current.users > 0) return;
      if (current.timer) clearTimeout(current.timer);
      this.wanted.delete(hash);
    };
  }

  /** Back online: try every wanted image at once. */
  resume(): void {
    for (const [hash, entry] of this.wanted) {
      entry.backoff = 1000;
      this.soon(hash, 0);
    }
  }

  private soon(hash: string, delay: number): void {
    const entry = this.wanted.get(hash);
    if (!entry || this.destroyed) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void this.once(hash), delay);
  }

  private async once(hash: string): Promise<void> {
    const entry = this.wanted.get(hash);
    if (!entry || this.destroyed || !this.online) return;
    entry.timer = null;
    if (await this.store.has(hash)) return void this.wanted.delete(hash);
    let stop = false;
    try {
      const got = await blobRequest(this.store, this.relay, 'GET', hash);
      if (got.ok) {
        const bytes = new Uint8Array(await got.arrayBuffer());
        const type = storedType(bytes);
        if (type && (await sha256Hex(bytes)) === hash) {
          await this.store.put(hash, type, bytes, this.relay.url);
          this.wanted.delete(hash);
          return;
        }
        stop = true;
      } else stop = got.status === 401 || got.status === 403;
    } catch {
      // the relay is away: try again later
    }
    if (stop || !this.wanted.has(hash)) return;
    this.soon(hash, entry.backoff);
    entry.backoff = Math.min(MAX_BACKOFF_MS, entry.backoff * 2);
  }

  destroy(): void {
    this.destroyed = true;
    for (const entry of this.wanted.values()) if (entry.timer) clearTimeout(entry.timer);
    this.wanted.clear();
  }
}

/** The stored format of downloaded bytes, or null when they are not an image the relay may hold. */
function storedType(bytes: Uint8Array): StoredImageType | null {
  const read = readImageHeader(bytes);
  return read.ok && (STORED_IMAGE_TYPES as readonly string[]).includes(read.header.type)
    ? (read.header.type as StoredImageType)
    : null;
}
