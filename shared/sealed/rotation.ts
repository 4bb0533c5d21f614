import { KeyRing, newEpochKey } from './epochKeys.ts';
import type { EpochKey } from './epochKeys.ts';
import { bytesToHex } from '@noble/ciphers/utils.js';
import { unwrapEpochKey, wrapEpochKey } from './keyEnvelope.ts';
import type { DeviceKeyPair } from './keyEnvelope.ts';
import { OpenError } from './openError.ts';
import { keyRoomName as keyChainRoom } from './keyRoom.ts';
import { DEVICE_ID_BYTES, openRecord, readRecordHeader, sealRecord } from './sealedRecord.ts';

/** What a rotation produces: the new key, the chain record to store, one envelope per remaining device. */
export interface Rotation {
  next: EpochKey;
  chainRecord: Uint8Array;
  envelopes: { recipient: Uint8Array; envelope: Uint8Array }[];
}

/**
 * Rotates the workspace key after a member was removed: a new epoch key (added to `ring`), the
 * previous key sealed under it (so history stays readable to whoever holds the new one), and the
 * new key wrapped for each remaining member device's public key. The removed member gets nothing.
 */
export function rotateEpoch(ring: KeyRing, remaining: readonly Uint8Array[]): Rotation {
  const previous = ring.current();
  const next = newEpochKey(previous.epoch + 1);
  ring.add(next);
  const chainRecord = sealRecord(
    ring,
    keyChainRoom(ring.workspaceId),
    { kind: 'chain', device: new Uint8Array(DEVICE_ID_BYTES), counter: next.epoch },
    previous.key,
  );
  const envelopes = remaining.map((recipient) => ({
    recipient,
    envelope: wrapEpochKey(ring.workspaceId, next, recipient),
  }));
  return { next, chainRecord, envelopes };
}

/**
 * Walks the key chain back from the newest key held, adding each previous epoch's key to `ring`;
 * stops at the first epoch whose chain record is missing. Records that do not open are skipped.
 */
export function followKeyChain(ring: KeyRing, chainRecords: readonly Uint8Array[]): void {
  const room = keyChainRoom(ring.workspaceId);
  const sealedBy = new Map<number, Uint8Array>();
  for (const record of chainRecords) {
    try {
      sealedBy.set(readRecordHeader(record).epoch, record);
    } catch {
      // Malformed: not a link of the chain.
    }
  }
  for (let epoch = ring.current().epoch; epoch > 0 && !ring.has(epoch - 1); epoch--) {
    const record = sealedBy.get(epoch);
    if (!record) return;
    const opened = openRecord(ring, room, record);
    if (opened.kind !== 'chain') return;
    ring.add({ epoch: epoch - 1, key: opened.payload });
  }
}

/**
 * Whether `candidate` (a key from an envelope) is the workspace's: walking the chain back from it
 * reaches an epoch the ring holds, with the same key. Anyone can wrap a key for a device's public
 * key (a relay too); only someone holding the workspace's keys can seal the chain record that
 * leads from the new key to the old one.
 */
export function leadsBackToRing(ring: KeyRing, candidate: EpochKey, chainRecords: readonly Uint8Array[]): boolean {
  const held = new Map(ring.all().map((k) => [k.epoch, k.key]));
  const known = held.get(candidate.epoch);
  if (known) return sameKey(known, candidate.key);
  const walk = new KeyRing(ring.workspaceId, [candidate]);
  try {
    followKeyChain(walk, chainRecords);
  } catch {
    return false; // a chain record that does not open under the candidate
  }
  return walk.all().some((k) => k.epoch !== candidate.epoch && held.has(k.epoch) && sameKey(held.get(k.epoch)!, k.key));
}

function sameKey(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * This device's key from a rotation or grant's envelopes, checked: null when none is for this
 * device or its epoch is already held; an OpenError when it is not the workspace's (another epoch
 * inside, or no chain leads from it back to the keys held).
 */
export function keyForDevice(
  ring: KeyRing,
  device: DeviceKeyPair,
  entry: { epoch: number; envelopes: readonly { recipient: Uint8Array; envelope: Uint8Array }[] },
  chainRecords: readonly Uint8Array[],
): EpochKey | null {
  const mine = bytesToHex(device.publicKey);
  const envelope = entry.envelopes.find((e) => bytesToHex(e.recipient) === mine);
  if (!envelope || ring.has(entry.epoch)) return null;
  const key = unwrapEpochKey(ring.workspaceId, envelope.envelope, device);
  if (key.epoch !== entry.epoch) throw new OpenError('not authentic', 'an envelope of another epoch');
  // Anyone can wrap a key for this device (the relay too): only one the chain links to the keys
  // held is the workspace's.
  if (!leadsBackToRing(ring, key, chainRecords))
    throw new OpenError('not authentic', `a key for epoch ${key.epoch} that does not lead back to the keys held`);
  return key;
}
