import type { LocalBlobStore } from './localBlobStore.ts';
import { BlobDownloads } from './blobDownloads.ts';
import { BlobUploads } from './blobUploads.ts';
import type { UploadProblem } from './blobUploads.ts';
import type { BlobRelay } from './blobRequest.ts';
import { PLAIN_BLOBS } from './blobCodec.ts';
import type { BlobCodec } from './blobCodec.ts';

export type { BlobRelay } from './blobRequest.ts';
export type { UploadProblem } from './blobUploads.ts';

/** An image downloaded that was not the image named (tampered, another's): never shown. */
export type DownloadProblem = { hash: string; reason: string };

/**
 * Keeps a workspace's images in step with its relay over HTTP (docs/relay.md, Images): uploads
 * what the relay lacks, downloads what open documents show and this computer lacks. Offline, both
 * wait; back online, both resume at once. A private workspace's images travel sealed (`codec`).
 */
export class BlobSync {
  private readonly uploads: BlobUploads;
  private readonly downloads: BlobDownloads;
  private readonly problems = new Set<(problem: UploadProblem) => void>();
  private readonly refusals = new Set<(problem: DownloadProblem) => void>();

  /** `online` false: nothing is sent or fetched until `setOnline(true)`. */
  constructor(store: LocalBlobStore, relay: BlobRelay, online = true, codec: BlobCodec = PLAIN_BLOBS) {
    const report = (problem: UploadProblem) => this.problems.forEach((l) => l(problem));
    this.uploads = new BlobUploads(store, relay, report, online, codec);
    this.downloads = new BlobDownloads(store, relay, codec, (hash, reason) => {
      console.warn(`image ${hash} refused: ${reason}`);
      this.refusals.forEach((l) => l({ hash, reason }));
    });
    this.downloads.online = online;
  }

  /** Hears of downloaded images refused because they were not the image named (never shown). */
  onDownloadProblem(listener: (problem: DownloadProblem) => void): () => void {
    this.refusals.add(listener);
    return () => this.refusals.delete(listener);
  }

  /** Hears of images the relay refused for good (over its size or the workspace's quota). */
  onUploadProblem(listener: (problem: UploadProblem) => void): () => void {
    this.problems.add(listener);
    return () => this.problems.delete(listener);
  }

  /** Asks for an image a view shows; returns the function that says it is no longer needed. */
  want(hash: string): () => void {
    return this.downloads.want(hash);
  }

  /** Goes offline (nothing is sent or fetched) or back online (everything pending resumes). */
  setOnline(online: boolean): void {
    this.uploads.online = online;
    this.downloads.online = online;
    if (!online) return;
    this.uploads.resume();
    this.downloads.resume();
  }

  /** Resolves once the upload pass running (if any) is over. */
  settled(): Promise<void> {
    return this.uploads.settled();
  }

  destroy(): void {
    this.uploads.destroy();
    this.downloads.destroy();
  }
}
