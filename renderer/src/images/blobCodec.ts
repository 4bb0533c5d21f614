import { sha256Hex } from '../../../shared/images/blobHash.ts';
import type { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import { sealedBlobAddress } from '../../../shared/sealed/sealedBlob.ts';
import { openBlobInWorker, sealBlobInWorker } from './sealedBlobInWorker.ts';
import { storedBlobName } from '../../../shared/protocol/blobPaths.ts';

/** Why downloaded bytes are not the image asked for: reported, never kept or shown. */
export class BlobRefused extends Error {
  override name = 'BlobRefused';
}

/**
 * How a workspace's images travel to and from the relay: an ordinary workspace's as they are, named
 * by their SHA-256; a private workspace's sealed (docs/private-workspaces.md, Formats: blob).
 */
export interface BlobCodec {
  /** The image's name on the relay (after `/blobs/<ws>/`); throws while it cannot be known yet (keys). */
  name(hash: string): string;
  /** The bytes to upload for the image. */
  encode(hash: string, bytes: Uint8Array): Promise<Uint8Array>;
  /** The image's bytes from what the relay served; BlobRefused when they are not that image. */
  decode(hash: string, served: Uint8Array): Promise<Uint8Array>;
}

/** An ordinary workspace's images: the bytes themselves, checked against their name. */
export const PLAIN_BLOBS: BlobCodec = {
  name: (hash) => hash,
  encode: async (_hash, bytes) => bytes,
  async decode(hash, served) {
    if ((await sha256Hex(served)) !== hash) throw new BlobRefused('the image does not match its name');
    return served;
  },
};

/**
 * A private workspace's images: sealed under the ring's newest epoch, opened with any epoch it
 * holds, both in a worker (a 20 MiB image takes over a second: the window stays responsive).
 */
export function sealedBlobs(ring: KeyRing): BlobCodec {
  return {
    name: (hash) => storedBlobName({ hash: sealedBlobAddress(ring, hash), sealed: true }),
    encode: (hash, bytes) => sealBlobInWorker(ring, hash, bytes),
    async decode(hash, served) {
      try {
        return await openBlobInWorker(ring, hash, served);
      } catch (err) {
        throw new BlobRefused(err instanceof Error ? err.message : String(err));
      }
    },
  };
}
