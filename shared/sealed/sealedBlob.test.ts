import { describe, expect, it } from 'vitest';
import { bytesToHex, randomBytes } from '@noble/ciphers/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { KeyRing, newEpochKey } from './epochKeys.ts';
import { OpenError } from './openError.ts';
import { rotateEpoch } from './rotation.ts';
import { openBlob, sealBlob, sealedBlobAddress, SEALED_BLOB_OVERHEAD } from './sealedBlob.ts';
import { readRecordHeader } from './sealedRecord.ts';

const image = randomBytes(5000);
const hash = bytesToHex(sha256(image));

function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof OpenError) return err.failure;
    throw err;
  }
  throw new Error('expected an OpenError');
}

const contains = (haystack: Uint8Array, needle: Uint8Array) => Buffer.from(haystack).includes(Buffer.from(needle));

describe('sealed blobs', () => {
  it('open to the image bytes, under an address that is not its hash and stays the same per workspace', () => {
    const ring = new KeyRing('ws1', [newEpochKey(0)]);
    const { address, record } = sealBlob(ring, hash, image);
    expect(readRecordHeader(record)).toMatchObject({ kind: 'blob', epoch: 0 });
    expect(record.length - image.length).toBeLessThanOrEqual(SEALED_BLOB_OVERHEAD);
    expect(openBlob(ring, hash, record)).toEqual(image);
    // The relay sees neither the image, its hash (hex or raw) nor anything that repeats across workspaces.
    expect(address).toMatch(/^[0-9a-f]{64}$/);
    expect(address).not.toBe(hash);
    expect(contains(record, image.subarray(100, 132))).toBe(false);
    expect(contains(record, sha256(image))).toBe(false);
    expect(sealBlob(ring, hash, image).address).toBe(address);
    expect(sealedBlobAddress(new KeyRing('ws1', [newEpochKey(0)]), hash)).not.toBe(address);
  });

  it('still open after a rotation, and new ones are sealed under the new epoch at the same address', () => {
    const ring = new KeyRing('ws1', [newEpochKey(0)]);
    const old = sealBlob(ring, hash, image);
    rotateEpoch(ring, []);
    const fresh = sealBlob(ring, hash, image);
    expect(fresh.address).toBe(old.address);
    expect(readRecordHeader(fresh.record).epoch).toBe(1);
    expect(openBlob(ring, hash, old.record)).toEqual(image);
    expect(openBlob(ring, hash, fresh.record)).toEqual(image);
    // A member holding only epoch 0 (removed) cannot open the new one.
    const removed = new KeyRing('ws1', [{ epoch: 0, key: ring.all()[0]!.key }]);
    expect(failure(() => openBlob(removed, hash, fresh.record))).toBe('unknown epoch');
  });

  it('refuses a flipped byte, another workspace’s blob, another image’s blob and a truncated one', () => {
    const ring = new KeyRing('ws1', [newEpochKey(0)]);
    const { record } = sealBlob(ring, hash, image);
    const flipped = record.slice();
    flipped[flipped.length - 100]! ^= 1;
    expect(failure(() => openBlob(ring, hash, flipped))).toBe('not authentic');

    const other = new KeyRing('ws2', [newEpochKey(0)]);
    expect(failure(() => openBlob(ring, hash, sealBlob(other, hash, image).record))).toBe('not authentic');

    // The relay serves another image of the same workspace under this one's address.
    const second = randomBytes(300);
    const secondHash = bytesToHex(sha256(second));
    expect(failure(() => openBlob(ring, hash, sealBlob(ring, secondHash, second).record))).toBe('not authentic');
    expect(failure(() => openBlob(ring, hash, record.subarray(0, 20)))).toBe('malformed');
  });

  it('needs the epoch-0 key for an address (a ring that does not reach it yet says so)', () => {
    const ring = new KeyRing('ws1', [newEpochKey(2)]);
    expect(failure(() => sealedBlobAddress(ring, hash))).toBe('unknown epoch');
    expect(() => sealedBlobAddress(ring, 'not-a-hash')).toThrow(/SHA-256/);
  });
});
