import type { LocalBlobStore } from './localBlobStore.ts';
import { BlobDownloads } from './blobDownloads.ts';
import { BlobUploads } from './blobUploads.ts';
import type { UploadProblem } from './blobUploads.ts';
import type { BlobRelay } from './blobRequest.ts';

export type { BlobRelay } from './blobRequest.ts';
export type { UploadProblem } from './blobUploads.ts';

/**
 * Keeps a workspace's images in step with its relay over HTTP (docs/relay.md, Images): uploads
 * what the relay lacks, downloads what open documents show and this computer lacks. Offline, both
 * wait; back online, both resume at once.
 */
export class BlobSync {
  private readonly uploads: BlobUploads;
  private readonly downloads: BlobDownloads;
  private readonly problems = new Set<(problem: UploadProblem) => void>();

  /** `online` false: nothing is sent or fetched until `setOnline(true)` (a private workspace's images: never). */
  constructor(store: LocalBlobStore, relay: BlobRelay, online = true) {
    this.uploads = new BlobUploads(store, relay, (problem) => this.problems.forEach((l) => l(problem)), online);
    this.downloads = new BlobDownloads(store, relay);
    this.downloads.online = online;
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
