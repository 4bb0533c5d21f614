import { describe, expect, it } from 'vitest';
import { newDeviceKeyPair } from './keyEnvelope.ts';
import { MAX_DEVICE_KEYS_PER_MEMBER } from './keyRoom.ts';
import { OpenError } from './openError.ts';
import { Roster } from './roster.ts';

const key = () => newDeviceKeyPair().publicKey;

describe('Roster', () => {
  it('pins each device key of a member once, in order, up to the bound', () => {
    const roster = new Roster();
    const keys = Array.from({ length: MAX_DEVICE_KEYS_PER_MEMBER }, key);
    for (const publicKey of keys) expect(roster.pin('amina', { member: 'amina', publicKey })).toBe(true);
    // The same key again (a device publishing twice, a replay): already pinned, nothing changes.
    expect(roster.pin('amina', { member: 'amina', publicKey: keys[3]! })).toBe(false);
    expect(roster.keysOf('amina')).toEqual(keys);
    expect(roster.has('amina', keys[7]!)).toBe(true);
    // One beyond the bound (only a relay breaking its own rule delivers it): refused.
    const ninth = key();
    expect(() => roster.pin('amina', { member: 'amina', publicKey: ninth })).toThrow(OpenError);
    expect(roster.has('amina', ninth)).toBe(false);
    // Other members have their own bound.
    const dan = key();
    expect(roster.pin('dan', { member: 'dan', publicKey: dan })).toBe(true);
    expect(roster.devices().map((d) => d.member)).toEqual([...keys.map(() => 'amina'), 'dan']);
  });

  it('refuses a key for another member than the writer the relay labelled', () => {
    const roster = new Roster();
    roster.pin('amina', { member: 'amina', publicKey: key() });
    const intruder = key();
    expect(() => roster.pin('bruno', { member: 'amina', publicKey: intruder })).toThrow(/written by bruno/);
    expect(roster.has('amina', intruder)).toBe(false);
    expect(roster.keysOf('amina')).toHaveLength(1);
    expect(roster.keysOf('bruno')).toEqual([]);
  });
});
