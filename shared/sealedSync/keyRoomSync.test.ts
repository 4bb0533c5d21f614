import { describe, expect, it } from 'vitest';
import { KeyRing, newEpochKey } from '../sealed/epochKeys.ts';
import type { EpochKey } from '../sealed/epochKeys.ts';
import { newDeviceKeyPair } from '../sealed/keyEnvelope.ts';
import { decodeKeyRoomEntry, encodeKeyRoomEntry, keyRoomName, MAX_DEVICE_KEYS_PER_MEMBER } from '../sealed/keyRoom.ts';
import type { OpenError } from '../sealed/openError.ts';
import { encodeRosterEntry } from '../sealed/roster.ts';
import { sealRecord } from '../sealed/sealedRecord.ts';
import { decodeSealedMessage, encodeSealedMessage } from '../protocol/sealedMessages.ts';
import type { Role } from '../protocol/tokenPayload.ts';
import { CLOSE_DOCUMENT_TOO_LARGE, CLOSE_FORBIDDEN } from '../protocol/closeCodes.ts';
import { KeyRoomSync, type OwnKeyRefusal } from './keyRoomSync.ts';

const WS = 'ws-keys-unit';
const first = newEpochKey(0);

/** A KeyRoomSync whose frames to the relay are collected; `deliver` plays the relay. */
function member(id: string, ring = new KeyRing(WS, [first])) {
  const device = newDeviceKeyPair();
  const refused: OpenError[] = [];
  const added: EpochKey[] = [];
  const missing: boolean[] = [];
  const ownKeyRefused: OwnKeyRefusal[] = [];
  const sync = new KeyRoomSync({
    ring,
    device,
    member: id,
    onRefused: (e) => refused.push(e),
    onOwnKeyRefused: (why) => ownKeyRefused.push(why),
    onKeys: (k) => added.push(...k),
    onNewestKeyMissing: (m) => missing.push(m),
  });
  const sent: Uint8Array[] = [];
  sync.connected({ send: (f) => sent.push(f) });
  return { sync, ring, device, refused, added, sent, missing, ownKeyRefused };
}

let seq = 0;
function deliver(to: KeyRoomSync, record: Uint8Array, member: string, role: Role = 'editor'): void {
  to.receive(encodeSealedMessage({ type: 'record', seq: ++seq, role, member, record }));
}

function rosterRecord(ring: KeyRing, claimed: string, publicKey: Uint8Array): Uint8Array {
  const payload = encodeRosterEntry({ member: claimed, publicKey });
  const record = sealRecord(ring, keyRoomName(WS), { kind: 'roster', device: new Uint8Array(16), counter: 1 }, payload);
  return encodeKeyRoomEntry({ type: 'roster', record });
}

/** The appends a member sent, decoded as key room entries. */
function appended(sent: Uint8Array[]) {
  return sent
    .map((f) => decodeSealedMessage(f))
    .flatMap((m) => (m.type === 'append' ? [decodeKeyRoomEntry(m.record)] : []));
}

describe('the roster pins each member’s device keys, up to the bound', () => {
  it('publishes its own key once caught up, and pins the keys of each member', () => {
    const owner = member('owner-1');
    owner.sync.receive(encodeSealedMessage({ type: 'caughtUp', seq: 0 }));
    expect(appended(owner.sent).map((e) => e.type)).toEqual(['roster']);

    const amina = newDeviceKeyPair();
    deliver(owner.sync, rosterRecord(owner.ring, 'amina-1', amina.publicKey), 'amina-1');
    expect(owner.sync.roster.keysOf('amina-1')).toEqual([amina.publicKey]);
    // The same key again (a resend) is harmless: pinned once.
    deliver(owner.sync, rosterRecord(owner.ring, 'amina-1', amina.publicKey), 'amina-1');
    expect(owner.refused).toEqual([]);
    expect(owner.sync.roster.keysOf('amina-1')).toEqual([amina.publicKey]);
  });

  it('pins a member’s other devices beside the first, up to 8; refuses a ninth, an entry naming another member, and one not sealed with the key', () => {
    const owner = member('owner-1');
    const aminas = Array.from({ length: MAX_DEVICE_KEYS_PER_MEMBER + 1 }, () => newDeviceKeyPair().publicKey);
    for (const key of aminas) deliver(owner.sync, rosterRecord(owner.ring, 'amina-1', key), 'amina-1');
    expect(owner.sync.roster.keysOf('amina-1')).toEqual(aminas.slice(0, MAX_DEVICE_KEYS_PER_MEMBER));
    expect(owner.refused.map((e) => e.failure)).toEqual(['not allowed']);

    // A member holding the key adds their device key to Bruno's name: refused, Bruno has none.
    const intruder = newDeviceKeyPair();
    deliver(owner.sync, rosterRecord(owner.ring, 'bruno-1', intruder.publicKey), 'carol-1');
    // A relay substituting its own key: it holds no epoch key, so its record is not authentic.
    const relayRing = new KeyRing(WS, [newEpochKey(0)]);
    deliver(owner.sync, rosterRecord(relayRing, 'bruno-1', intruder.publicKey), 'bruno-1');

    expect(owner.refused.map((e) => e.failure)).toEqual(['not allowed', 'not allowed', 'not authentic']);
    expect(owner.sync.roster.keysOf('bruno-1')).toEqual([]);
    expect(owner.sync.roster.keysOf('carol-1')).toEqual([]);
  });

  it('publishes its key beside another device’s of the same member, not when the member has 8', () => {
    const second = member('amina-1');
    deliver(second.sync, rosterRecord(second.ring, 'amina-1', newDeviceKeyPair().publicKey), 'amina-1');
    second.sync.receive(encodeSealedMessage({ type: 'caughtUp', seq }));
    expect(appended(second.sent).map((e) => e.type)).toEqual(['roster']);
    expect(second.refused).toEqual([]);
    expect(second.ownKeyRefused).toEqual([]);

    const ninth = member('amina-1');
    for (let i = 0; i < MAX_DEVICE_KEYS_PER_MEMBER; i++)
      deliver(ninth.sync, rosterRecord(ninth.ring, 'amina-1', newDeviceKeyPair().publicKey), 'amina-1');
    ninth.sync.receive(encodeSealedMessage({ type: 'caughtUp', seq }));
    expect(appended(ninth.sent)).toEqual([]);
    // Said as this device's own trouble (the app tells the person), not as a record refused.
    expect(ninth.ownKeyRefused).toEqual(['too-many-devices']);
    expect(ninth.refused).toEqual([]);
  });

  it('says when the relay refuses this device’s key: 8 devices already (4403), or otherwise (a full key room)', async () => {
    for (const [code, why] of [
      [CLOSE_FORBIDDEN, 'too-many-devices'],
      [CLOSE_DOCUMENT_TOO_LARGE, 'refused'],
    ] as const) {
      const laptop = member('amina-1');
      laptop.sync.receive(encodeSealedMessage({ type: 'caughtUp', seq }));
      expect(appended(laptop.sent).map((e) => e.type)).toEqual(['roster']);
      expect(laptop.sync.disconnected(code, 'refused')).toBe(true);
      await Promise.resolve();
      expect(laptop.ownKeyRefused).toEqual([why]);
      expect(laptop.refused).toEqual([]);
    }
  });
});

describe('rotation through the key room', () => {
  it('gives the new key to every device of the remaining members only, and keeps a roster entry of an unknown epoch until its key arrives', async () => {
    const owner = member('owner-1');
    const amina = member('amina-1');
    const aminaLaptop = member('amina-1');
    const removed = member('removed-1');
    const removedLaptop = member('removed-1');
    const ids = new Map(
      [amina, aminaLaptop, removed, removedLaptop].map((m) => [
        m,
        m === amina || m === aminaLaptop ? 'amina-1' : 'removed-1',
      ]),
    );
    for (const [m, id] of ids) {
      m.sync.receive(encodeSealedMessage({ type: 'caughtUp', seq: 0 }));
      const [entry] = appended(m.sent);
      deliver(owner.sync, encodeKeyRoomEntry(entry!), id);
    }
    expect(owner.sync.roster.keysOf('amina-1')).toEqual([amina.device.publicKey, aminaLaptop.device.publicKey]);
    const rotated = owner.sync.rotate(['amina-1']);
    const [rotation] = appended(owner.sent).filter((e) => e.type === 'rotation');
    expect(owner.ring.current().epoch).toBe(0); // not before the relay stored it
    owner.sync.receive(encodeSealedMessage({ type: 'stored', seq: ++seq }));
    expect((await rotated).epoch).toBe(1);
    expect(owner.ring.current().epoch).toBe(1);

    // A newcomer invited at epoch 1 publishes under epoch 1: Amina keeps it until she has epoch 1.
    const newcomer = newDeviceKeyPair();
    deliver(amina.sync, rosterRecord(owner.ring, 'newcomer-1', newcomer.publicKey), 'newcomer-1');
    expect(amina.sync.roster.keysOf('newcomer-1')).toEqual([]);
    expect(rotation!.type === 'rotation' && rotation!.envelopes.length).toBe(2);
    for (const m of ids.keys()) deliver(m.sync, encodeKeyRoomEntry(rotation!), 'owner-1', 'owner');
    expect(amina.ring.current()).toEqual(owner.ring.current());
    expect(aminaLaptop.ring.current()).toEqual(owner.ring.current());
    expect(removedLaptop.ring.has(1)).toBe(false);
    expect(amina.added.map((k) => k.epoch)).toEqual([1]);
    expect(amina.sync.roster.keysOf('newcomer-1')).toEqual([newcomer.publicKey]);
    expect(removed.ring.has(1)).toBe(false);
    expect(removed.added).toEqual([]);
    // The removed member's app knows the key changed without it (and says so); Amina's never lacked it.
    expect(removed.missing).toEqual([true]);
    expect(removed.sync.newestKeyMissing).toBe(true);
    expect(amina.missing).toEqual([]);
    expect(amina.sync.newestKeyMissing).toBe(false);

    // A rotation the relay labels as an editor's is not taken.
    const [fake] = appended(owner.sent).filter((e) => e.type === 'rotation');
    const other = member('other-1');
    deliver(other.sync, encodeKeyRoomEntry(fake!), 'amina-1', 'editor');
    expect(other.refused.map((e) => e.failure)).toEqual(['not allowed']);
  });
});
