import type { LocalBlobStore } from './localBlobStore.ts';
import { blobRequest, MAX_BACKOFF_MS } from './blobRequest.ts';
import type { BlobRelay } from './blobRequest.ts';
import type { BlobCodec } from './blobCodec.ts';

/** Why an image could not be uploaded for good (quota, size, format): the app tells the member. */
export type UploadProblem = { hash: string; status: number; reason: string };

/**
 * Uploads every image of the workspace the relay is not known to hold, asking HEAD first so nothing
 * is sent twice: when it is added, when the connection comes back, and again with backoff while the
 * relay is away. A refusal for good (quota, size, format) is reported once; a refused token stops it.
 * The first pass of a session, and the first after a reconnection, asks about every image on this
 * computer, not only those never uploaded: a relay restored from an older backup lacks images it
 * once acknowledged, and whoever still has them gives them back.
 */
export class BlobUploads {
  online = true;
  private destroyed = false;
  private running: Promise<void> | null = null;
  private again = false;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private backoff = 1000;
  private refused = false;
  /** Whether this session has checked every image against the relay (not only the unsynced). */
  private verified = false;
  private readonly givenUp = new Set<string>();
  private readonly offAdded: () => void;

  constructor(
    private readonly store: LocalBlobStore,
    private readonly relay: BlobRelay,
    private readonly onProblem: (problem: UploadProblem) => void,
    online: boolean,
    private readonly codec: BlobCodec,
  ) {
    this.online = online;
    this.offAdded = store.onAdded(() => this.run());
    this.run();
  }

  /** Starts a pass over the images not uploaded (or asks for another after the one running). */
  run(): void {
    if (this.destroyed || !this.online || this.refused) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.run();
      }
    });
  }

  /** Back online: try at once. */
  resume(): void {
    this.backoff = 1000;
    this.verified = false;
    this.run();
  }

  /** Resolves once no pass is running. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async pass(): Promise<void> {
    let failed = false;
    const verifying = !this.verified;
    const hashes = verifying ? await this.store.hashes() : await this.store.unsynced(this.relay.url);
    for (const hash of hashes) {
      if (this.destroyed || !this.online || this.givenUp.has(hash)) continue;
      try {
        // Throws while a private workspace's keys do not reach its first epoch yet: tried again later.
        const name = this.codec.name(hash);
        if ((await blobRequest(this.store, this.relay, 'HEAD', name)).ok) {
          await this.store.markSynced(hash, this.relay.url);
          continue;
        }
        const blob = await this.store.get(hash);
        if (!blob) continue;
        const body = await this.codec.encode(hash, blob.bytes);
        const put = await blobRequest(this.store, this.relay, 'PUT', name, body);
        if (put.ok) await this.store.markSynced(hash, this.relay.url);
        else if (put.status === 401 || put.status === 403) this.refused = true;
        else if ([411, 413, 415, 422, 507].includes(put.status)) {
          this.givenUp.add(hash);
          this.onProblem({ hash, status: put.status, reason: (await put.text()).trim() });
        } else failed = true;
      } catch {
        failed = true; // the relay is away (or the keys are not all here yet): try again later
      }
      if (this.refused) return;
    }
    if (!failed || this.destroyed) {
      if (verifying && !failed) this.verified = true;
      this.backoff = 1000;
      return;
    }
    if (this.retry) clearTimeout(this.retry);
    this.retry = setTimeout(() => this.run(), this.backoff);
    this.backoff = Math.min(MAX_BACKOFF_MS, this.backoff * 2);
  }

  destroy(): void {
    this.destroyed = true;
    this.offAdded();
    if (this.retry) clearTimeout(this.retry);
  }
}
