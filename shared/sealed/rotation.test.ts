import { describe, expect, it } from 'vitest';
import { randomBytes } from '@noble/ciphers/utils.js';
import { KeyRing, newEpochKey } from './epochKeys.ts';
import { newDeviceKeyPair, unwrapEpochKey, wrapEpochKey } from './keyEnvelope.ts';
import { OpenError } from './openError.ts';
import { followKeyChain, leadsBackToRing, rotateEpoch } from './rotation.ts';
import { openRecord, sealRecord } from './sealedRecord.ts';

const room = 'ws1/doc1';
const device = randomBytes(16);
const write = (ring: KeyRing, text: string, counter: number) =>
  sealRecord(ring, room, { kind: 'update', device, counter }, new TextEncoder().encode(text));

describe('rotation on revocation', () => {
  it('gives remaining members the new key, keeps history readable, and locks out the removed member', () => {
    const first = newEpochKey(0);
    const owner = new KeyRing('ws1', [first]);
    const removed = new KeyRing('ws1', [first]);
    const alice = newDeviceKeyPair();
    const bob = newDeviceKeyPair();
    const before = write(owner, 'before the removal', 1);

    const rotation = rotateEpoch(owner, [alice.publicKey, bob.publicKey]);
    expect(rotation.next.epoch).toBe(1);
    const after = write(owner, 'after the removal', 2);

    // Alice receives the new epoch from her envelope alone, then walks the chain back to epoch 0.
    const aliceRing = new KeyRing('ws1', [unwrapEpochKey('ws1', rotation.envelopes[0]!.envelope, alice)]);
    followKeyChain(aliceRing, [rotation.chainRecord]);
    expect(new TextDecoder().decode(openRecord(aliceRing, room, after).payload)).toBe('after the removal');
    expect(new TextDecoder().decode(openRecord(aliceRing, room, before).payload)).toBe('before the removal');

    // The removed member still reads the past, not what follows, and cannot use anyone's envelope.
    expect(openRecord(removed, room, before).epoch).toBe(0);
    expect(() => openRecord(removed, room, after)).toThrow(/unknown epoch/);
    const stranger = newDeviceKeyPair();
    for (const { envelope } of rotation.envelopes)
      expect(() => unwrapEpochKey('ws1', envelope, stranger)).toThrow(OpenError);
    // Nor can the old key walk the chain forward.
    expect(() => followKeyChain(removed, [rotation.chainRecord])).not.toThrow();
    expect(removed.has(1)).toBe(false);
  });

  it('refuses an envelope for another workspace, a tampered one and a truncated one', () => {
    const alice = newDeviceKeyPair();
    const envelope = wrapEpochKey('ws1', newEpochKey(3), alice.publicKey);
    expect(unwrapEpochKey('ws1', envelope, alice).epoch).toBe(3);
    expect(() => unwrapEpochKey('ws2', envelope, alice)).toThrow(/not for this device/);
    const tampered = envelope.slice();
    tampered[tampered.length - 1]! ^= 1;
    expect(() => unwrapEpochKey('ws1', tampered, alice)).toThrow(/not for this device/);
    expect(() => unwrapEpochKey('ws1', envelope.subarray(0, 40), alice)).toThrow(/truncated/);
  });

  it('accepts a key from an envelope only if the chain leads from it back to a key held', () => {
    const first = newEpochKey(0);
    const owner = new KeyRing('ws1', [first]);
    const one = rotateEpoch(owner, []);
    const two = rotateEpoch(owner, []);
    const chains = [one.chainRecord, two.chainRecord];
    // A pending invitation's device holds epoch 0 only: epoch 2 leads back to it through 1.
    const invited = new KeyRing('ws1', [first]);
    expect(leadsBackToRing(invited, two.next, chains)).toBe(true);
    expect(leadsBackToRing(invited, one.next, chains)).toBe(true);
    // A key someone made up (a relay wrapping its own for the device) does not.
    expect(leadsBackToRing(invited, newEpochKey(2), chains)).toBe(false);
    // Nor does a real key whose chain is missing, or one of another workspace.
    expect(leadsBackToRing(invited, two.next, [two.chainRecord])).toBe(false);
    const elsewhere = new KeyRing('ws2', [newEpochKey(0)]);
    const foreign = rotateEpoch(elsewhere, []);
    expect(leadsBackToRing(invited, foreign.next, [foreign.chainRecord])).toBe(false);
    // A key for an epoch already held must be that key.
    expect(leadsBackToRing(invited, first, chains)).toBe(true);
    expect(leadsBackToRing(invited, newEpochKey(0), chains)).toBe(false);
  });
});
