import { describe, expect, it } from 'vitest';
import { randomBytes } from '@noble/ciphers/utils.js';
import { KeyRing, newEpochKey } from './epochKeys.ts';
import { OpenError } from './openError.ts';
import { openRecord, sealRecord } from './sealedRecord.ts';

const text = new TextEncoder();
const device = randomBytes(16);
const room = 'ws1/doc1';

function ringWith(...epochs: number[]): KeyRing {
  return new KeyRing(
    'ws1',
    epochs.map((e) => newEpochKey(e)),
  );
}

function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof OpenError) return err.failure;
    throw err;
  }
  throw new Error('expected an OpenError');
}

describe('sealed records', () => {
  it('open to the payload, header and epoch they were sealed with', () => {
    const ring = ringWith(0);
    const sealed = sealRecord(ring, room, { kind: 'update', device, counter: 7 }, text.encode('testimony'));
    const opened = openRecord(ring, room, sealed);
    expect(new TextDecoder().decode(opened.payload)).toBe('testimony');
    expect(opened).toMatchObject({ kind: 'update', epoch: 0, counter: 7 });
    expect(opened.device).toEqual(device);
  });

  it('never contain the plaintext and differ each time (random nonce)', () => {
    const ring = ringWith(0);
    const payload = text.encode('marker-word-zebra');
    const a = sealRecord(ring, room, { kind: 'update', device, counter: 1 }, payload);
    const b = sealRecord(ring, room, { kind: 'update', device, counter: 1 }, payload);
    expect(Buffer.from(a).includes(Buffer.from(payload))).toBe(false);
    expect(a).not.toEqual(b);
  });

  it('refuse a flipped byte anywhere, another room, another kind, or a wrong key', () => {
    const ring = ringWith(0);
    const sealed = sealRecord(ring, room, { kind: 'update', device, counter: 1 }, text.encode('x'));
    for (let i = 0; i < sealed.length; i++) {
      const tampered = sealed.slice();
      tampered[i]! ^= 1;
      expect(() => openRecord(ring, room, tampered)).toThrow(OpenError);
    }
    expect(failure(() => openRecord(ring, 'ws1/doc2', sealed))).toBe('not authentic');
    expect(failure(() => openRecord(ringWith(0), room, sealed))).toBe('not authentic');
    const asPresence = sealed.slice();
    asPresence[1] = 2;
    expect(failure(() => openRecord(ring, room, asPresence))).toBe('not authentic');
  });

  it('say why when truncated, of an unknown version or of an epoch whose key is not held', () => {
    const ring = ringWith(0, 1);
    const sealed = sealRecord(ring, room, { kind: 'update', device, counter: 1 }, text.encode('x'));
    expect(failure(() => openRecord(ring, room, sealed.subarray(0, 10)))).toBe('malformed');
    expect(failure(() => openRecord(ring, room, new Uint8Array()))).toBe('malformed');
    expect(failure(() => openRecord(ring, room, sealed.subarray(0, sealed.length - 3)))).toBe('not authentic');
    const newer = sealed.slice();
    newer[0] = 9;
    expect(failure(() => openRecord(ring, room, newer))).toBe('unknown version');
    expect(failure(() => openRecord(new KeyRing('ws1', [newEpochKey(0)]), room, sealed))).toBe('unknown epoch');
  });

  it('keys of one workspace do not open records of another with the same epoch key', () => {
    const key = newEpochKey(0);
    const sealed = sealRecord(
      new KeyRing('ws1', [key]),
      room,
      { kind: 'update', device, counter: 1 },
      text.encode('x'),
    );
    expect(failure(() => openRecord(new KeyRing('ws2', [key]), room, sealed))).toBe('not authentic');
  });

  it('are sealed under the newest epoch and older epochs stay readable', () => {
    const first = newEpochKey(0);
    const old = new KeyRing('ws1', [first]);
    const oldRecord = sealRecord(old, room, { kind: 'update', device, counter: 1 }, text.encode('before'));
    const rotated = new KeyRing('ws1', [first, newEpochKey(1)]);
    const newRecord = sealRecord(rotated, room, { kind: 'update', device, counter: 2 }, text.encode('after'));
    expect(openRecord(rotated, room, newRecord).epoch).toBe(1);
    expect(openRecord(rotated, room, oldRecord).epoch).toBe(0);
    expect(failure(() => openRecord(old, room, newRecord))).toBe('unknown epoch');
  });

  it('a key ring refuses a second, different key for an epoch it holds', () => {
    const ring = ringWith(0);
    expect(() => ring.add(newEpochKey(0))).toThrow(/different key for epoch 0/);
    expect(() => ring.add({ epoch: 1, key: new Uint8Array(5) })).toThrow(/32 bytes/);
  });
});
