import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, randomBytes } from '@noble/ciphers/utils.js';
import { isBlobHash } from '../images/blobHash.ts';
import type { KeyRing } from './epochKeys.ts';
import { OpenError } from './openError.ts';
import { DEVICE_ID_BYTES, openRecord, sealRecord } from './sealedRecord.ts';

// A private workspace's images (docs/private-workspaces.md, Formats: blob): each is one sealed
// record of kind `blob`, stored on the relay under an address that is a keyed hash of the image's
// SHA-256, so the relay cannot confirm a guessed image, while the same image added twice in the
// workspace still has one address (stored once).

/** Most bytes a sealed blob adds to its image: header (version, kind, epoch, device, counter, nonce) and tag. */
export const SEALED_BLOB_OVERHEAD = 80;

/**
 * The relay address of the image whose SHA-256 is `hash`: HMAC-SHA-256 under a key derived from the
 * workspace's epoch-0 key (every member holds it: the key chain leads back to it), as 64 hex digits.
 * An OpenError ('unknown epoch') while the ring does not reach epoch 0 yet.
 */
export function sealedBlobAddress(ring: KeyRing, hash: string): string {
  if (!isBlobHash(hash)) throw new Error('an image is named by its SHA-256');
  return bytesToHex(hmac(sha256, ring.recordKey(0, 'blob-address'), hexToBytes(hash)));
}

/** The room a sealed blob is bound to: its workspace and address (never the plaintext hash). */
function blobRoom(ring: KeyRing, address: string): string {
  return `${ring.workspaceId}/blob/${address}`;
}

/** Seals an image's `bytes` (named by their SHA-256 `hash`) under the ring's newest epoch. */
export function sealBlob(ring: KeyRing, hash: string, bytes: Uint8Array): { address: string; record: Uint8Array } {
  const address = sealedBlobAddress(ring, hash);
  const header = { kind: 'blob' as const, device: randomBytes(DEVICE_ID_BYTES), counter: 0 };
  return { address, record: sealRecord(ring, blobRoom(ring, address), header, bytes) };
}

/**
 * Opens a sealed blob downloaded for the image named `hash`: it must be authentic for this
 * workspace and address, of kind blob, and its bytes must hash to `hash`. An OpenError otherwise
 * (a flipped byte, another workspace's or another image's blob, an epoch not held).
 */
export function openBlob(ring: KeyRing, hash: string, record: Uint8Array): Uint8Array {
  const opened = openRecord(ring, blobRoom(ring, sealedBlobAddress(ring, hash)), record);
  if (opened.kind !== 'blob') throw new OpenError('malformed', `a ${opened.kind} record where an image was expected`);
  if (bytesToHex(sha256(opened.payload)) !== hash)
    throw new OpenError('not authentic', 'the image does not match its name in the document');
  return opened.payload;
}
