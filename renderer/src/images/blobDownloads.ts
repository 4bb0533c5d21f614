import { readImageHeader } from '../../../shared/images/imageFormat.ts';
import { STORED_IMAGE_TYPES } from '../../../shared/schema/image.ts';
import type { StoredImageType } from '../../../shared/schema/image.ts';
import type { LocalBlobStore } from './localBlobStore.ts';
import { blobRequest, MAX_BACKOFF_MS } from './blobRequest.ts';
import type { BlobRelay } from './blobRequest.ts';
import { BlobRefused } from './blobCodec.ts';
import type { BlobCodec } from './blobCodec.ts';

interface Wanted {
  users: number;
  timer: ReturnType<typeof setTimeout> | null;
  backoff: number;
}

/**
 * Downloads the images views ask for and this computer lacks, checks each against its name (the
 * relay is never trusted with what is kept under a name; a private workspace's are opened first)
 * and keeps it; retries with backoff while the relay is away or does not have it yet (its author
 * may still be offline). Bytes that are not the image (tampered, another's) are reported, never kept.
 */
export class BlobDownloads {
  online = true;
  private destroyed = false;
  private readonly wanted = new Map<string, Wanted>();

  constructor(
    private readonly store: LocalBlobStore,
    private readonly relay: BlobRelay,
    private readonly codec: BlobCodec,
    private readonly onRefused: (hash: string, reason: string) => void,
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
      const got = await blobRequest(this.store, this.relay, 'GET', this.codec.name(hash));
      if (got.ok) {
        const bytes = await this.codec.decode(hash, new Uint8Array(await got.arrayBuffer()));
        const type = storedType(bytes);
        if (!type) throw new BlobRefused('not an image this app stores');
        await this.store.put(hash, type, bytes, this.relay.url);
        this.wanted.delete(hash);
        return;
      } else stop = got.status === 401 || got.status === 403;
    } catch (err) {
      // The relay is away, or a private workspace's keys do not reach its first epoch yet: try
      // again later. Bytes that are not the image: reported, and not asked for again this session.
      if (err instanceof BlobRefused) {
        stop = true;
        this.onRefused(hash, err.message);
      }
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
