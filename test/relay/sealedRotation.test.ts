import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids.ts';
import { decodeTokenPayload } from '../../shared/protocol/tokenPayload.ts';
import type { Role } from '../../shared/protocol/tokenPayload.ts';
import { newDeviceKeyPair } from '../../shared/sealed/keyEnvelope.ts';
import { bytesToHex } from '@noble/ciphers/utils.js';
import { decodeKeyRoomEntry, keyRoomName, MAX_DEVICE_KEYS_PER_MEMBER } from '../../shared/sealed/keyRoom.ts';
import type { KeyRoomEntry } from '../../shared/sealed/keyRoom.ts';
import { rotateEpoch } from '../../shared/sealed/rotation.ts';
import { KeyRing, newEpochKey } from '../../shared/sealed/epochKeys.ts';
import { OpenError } from '../../shared/sealed/openError.ts';
import { readRecordHeader, sealRecord } from '../../shared/sealed/sealedRecord.ts';
import { openUpdate } from '../../shared/sealedSync/openUpdate.ts';
import { encodeSealedMessage } from '../../shared/protocol/sealedMessages.ts';
import { decodeStoredRecord } from '../../server/relay/sealed/storedRecord.ts';
import { inviteViaCli } from './support/cli.ts';
import { converged, rawClient } from './support/clients.ts';
import { keyRoomClient } from './support/keyRoomClient.ts';
import type { KeyRoomClient } from './support/keyRoomClient.ts';
import { inviteEditor, removeMember } from './support/membersApi.ts';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { sealedClient, waitSealedSaved } from './support/sealedClient.ts';
import type { SealedClient } from './support/sealedClient.ts';
import { readSealedRows } from './support/storage.ts';
import { waitFor } from './support/wait.ts';
import { appendEntry, keyRoomUrl as roomOf, rosterEntry } from './support/keyRoomEntries.ts';
import * as Y from 'yjs';

// Rotation on revocation through a real relay process (docs/private-workspaces.md): the owner
// removes a member with the sharing API, rotates in the key room, and what follows is readable to
// the remaining member only, even given the ciphertext from the relay's database.

const AFTER = 'afterremovalheron';
let relay: RelayHandle;
const docs: SealedClient[] = [];
const keyRooms: KeyRoomClient[] = [];

beforeAll(async () => {
  relay = await spawnRelay();
});
afterAll(async () => {
  for (const c of docs) await c.destroy();
  for (const k of keyRooms) await k.disconnect();
  await cleanupRelays();
});

/** A member's app: its key ring (epoch 0 from the link), key room and document connection. */
async function memberApp(ws: string, token: string, first: ReturnType<typeof newEpochKey>, room: string) {
  const ring = new KeyRing(ws, [first]);
  const id = decodeTokenPayload(token)!.id;
  const keys = await keyRoomClient(relay.url, token, ring, id);
  keyRooms.push(keys);
  const doc = await sealedClient(relay.url, room, token, ring);
  docs.push(doc);
  return { id, token, ring, keys, doc };
}

const text = (c: SealedClient) => c.doc.getText('t').toString();

/** A new private workspace with a document `doc`, its first key, and its owner's app. */
async function privateWorkspace(doc: string) {
  const ws = `ws-${newId()}`;
  const room = `${ws}/${doc}`;
  const first = newEpochKey(0);
  const ownerToken = await inviteViaCli(relay.dataDir, ws, 'owner');
  const owner = await memberApp(ws, ownerToken, first, room);
  return { ws, room, first, ownerToken, owner };
}

describe('key rotation when a member of a private workspace is removed', () => {
  it('the remaining member reads and writes under the new epoch; the removed member’s key opens nothing written after', async () => {
    const { ws, room, first, ownerToken, owner } = await privateWorkspace('doc-rotation1');
    const invite = (label: string) => inviteEditor(relay, ws, ownerToken, label);
    const amina = await memberApp(ws, await invite('Amina'), first, room);
    const bruno = await memberApp(ws, await invite('Bruno'), first, room);
    const everyone = [owner, amina, bruno];
    await waitFor(
      () => everyone.every((m) => owner.keys.sync.roster.keysOf(m.id).length > 0),
      'every device key is in the roster',
    );

    // The three co-write under epoch 0.
    owner.doc.doc.getText('t').insert(0, 'owner. ');
    amina.doc.doc.getText('t').insert(0, 'amina. ');
    bruno.doc.doc.getText('t').insert(0, 'bruno. ');
    await waitFor(() => converged(everyone.map((m) => m.doc.doc)), 'the three converge');

    // Amina's key room is offline during the removal: her document keeps what it cannot open yet.
    await amina.keys.disconnect();
    expect(await removeMember(relay, ws, ownerToken, bruno.id)).toBe(204);
    await waitFor(() => bruno.doc.closeCodes.length > 0 && bruno.keys.closeCodes.length > 0, 'Bruno is disconnected');
    const next = await owner.keys.sync.rotate([owner.id, amina.id]);
    expect(next.epoch).toBe(1);
    expect(owner.ring.current().epoch).toBe(1);

    owner.doc.doc.getText('t').insert(text(owner.doc).length, AFTER);
    await waitSealedSaved(owner.doc);
    await waitFor(() => amina.doc.sync.waiting > 0, 'Amina keeps the record she cannot open yet');
    expect(text(amina.doc)).not.toContain(AFTER);
    expect(amina.doc.refused).toEqual([]);

    // Her key room comes back: the envelope gives her epoch 1, and the kept record opens.
    await amina.keys.connect();
    await waitFor(() => text(amina.doc).includes(AFTER), 'Amina reads what was written after the removal');
    expect(amina.ring.current()).toEqual(owner.ring.current());
    expect(amina.doc.sync.waiting).toBe(0);

    // She writes on under epoch 1; the owner reads it.
    amina.doc.doc.getText('t').insert(0, 'amina again. ');
    await waitFor(() => text(owner.doc).startsWith('amina again. '), 'the owner reads Amina under epoch 1');
    await waitSealedSaved(amina.doc);

    // A record sealed with the old key after the rotation (a relay letting the removed member
    // write, under any label) is refused by every replica.
    const stale = rawClient(`${relay.url}/sealed/${room}?token=${encodeURIComponent(amina.token)}`);
    await stale.opened;
    const oldRing = new KeyRing(ws, [first]);
    const bogus = new Y.Doc();
    bogus.getText('t').insert(0, 'written with the old key ');
    const update = Y.encodeStateAsUpdate(bogus);
    stale.send(encodeSealedMessage({ type: 'subscribe', after: 1_000_000 }));
    const record = sealRecord(oldRing, room, { kind: 'update', device: new Uint8Array(16), counter: 1 }, update);
    stale.send(encodeSealedMessage({ type: 'append', record }));
    for (const m of [owner, amina])
      await waitFor(() => m.doc.refused.some((e) => e.failure === 'old epoch'), 'the old-key record is refused');
    expect(text(owner.doc)).not.toContain('written with the old key');
    expect(converged([owner.doc.doc, amina.doc.doc])).toBe(true);
    stale.ws.close();

    // Bruno's token is refused, and his key (epoch 0) opens nothing the relay stored after the rotation.
    await bruno.doc.connect().catch(() => undefined);
    await waitFor(() => bruno.doc.closeCodes.includes(4401), 'Bruno’s token is refused');
    expect(bruno.ring.has(1)).toBe(false);
    const rows = (await readSealedRows(relay.dataDir, room)).map(decodeStoredRecord);
    const afterRotation = rows.filter((r) => readRecordHeader(r.record).epoch === 1);
    expect(afterRotation.length).toBeGreaterThanOrEqual(2);
    for (const r of afterRotation) expect(() => openUpdate(bruno.ring, room, r.record)).toThrow(OpenError);
    const brunoReads = new Y.Doc();
    for (const r of rows)
      try {
        Y.applyUpdate(brunoReads, openUpdate(bruno.ring, room, r.record).payload);
      } catch {
        // not his to read
      }
    expect(brunoReads.getText('t').toString()).not.toContain(AFTER);
    expect(brunoReads.getText('t').toString()).not.toContain('amina again');
    expect(brunoReads.getText('t').toString()).toContain('bruno. ');
  });
});

describe('a member with several devices', () => {
  it('every device of a remaining member reads what follows a removal; none of the removed member’s does; a ninth device key is refused', async () => {
    const { ws, room, first, ownerToken, owner } = await privateWorkspace('doc-devices');
    // Amina and Bruno each open their invitation on two computers: same token (same member id),
    // a device key of its own on each.
    const aminaToken = await inviteEditor(relay, ws, ownerToken, 'Amina');
    const brunoToken = await inviteEditor(relay, ws, ownerToken, 'Bruno');
    const aminas = [await memberApp(ws, aminaToken, first, room), await memberApp(ws, aminaToken, first, room)];
    const brunos = [await memberApp(ws, brunoToken, first, room), await memberApp(ws, brunoToken, first, room)];
    const amina = aminas[0]!.id;
    const bruno = brunos[0]!.id;
    await waitFor(
      () =>
        owner.keys.sync.roster.keysOf(amina).length === 2 &&
        owner.keys.sync.roster.keysOf(bruno).length === 2 &&
        owner.keys.sync.roster.keysOf(owner.id).length === 1,
      'both devices of Amina and of Bruno are pinned',
    );
    for (const m of [...aminas, ...brunos]) expect(m.keys.refused).toEqual([]);
    owner.doc.doc.getText('t').insert(0, 'before. ');
    await waitFor(() => [...aminas, ...brunos].every((m) => text(m.doc).includes('before. ')), 'all read epoch 0');

    expect(await removeMember(relay, ws, ownerToken, bruno)).toBe(204);
    await waitFor(() => brunos.every((m) => m.keys.closeCodes.length > 0), 'both of Bruno’s devices are disconnected');
    const next = await owner.keys.sync.rotate([owner.id, amina]);
    expect(next.epoch).toBe(1);
    owner.doc.doc.getText('t').insert(text(owner.doc).length, AFTER);
    await waitSealedSaved(owner.doc);

    // Both of Amina's computers get epoch 1 and read what was written after the removal; each writes.
    for (const m of aminas) {
      await waitFor(() => text(m.doc).includes(AFTER), 'each of Amina’s devices reads what follows the removal');
      expect(m.ring.current()).toEqual(owner.ring.current());
    }
    aminas[0]!.doc.doc.getText('t').insert(0, 'from the desk. ');
    aminas[1]!.doc.doc.getText('t').insert(0, 'from the laptop. ');
    await waitFor(
      () => converged([owner.doc.doc, ...aminas.map((m) => m.doc.doc)]),
      'the three converge under epoch 1',
    );
    expect(text(owner.doc)).toContain('from the laptop. ');
    await Promise.all(aminas.map((m) => waitSealedSaved(m.doc)));

    // The rotation wrapped the key for the owner's device and both of Amina's, for neither of Bruno's.
    const recipients = (await readSealedRows(relay.dataDir, keyRoomName(ws)))
      .map((r) => decodeKeyRoomEntry(decodeStoredRecord(r).record))
      .flatMap((e) => (e.type === 'rotation' ? e.envelopes.map((x) => bytesToHex(x.recipient)) : []));
    const hex = (m: { keys: KeyRoomClient }) => bytesToHex(m.keys.device.publicKey);
    expect(recipients.sort()).toEqual([owner, ...aminas].map(hex).sort());
    // Neither of Bruno's devices got epoch 1, and neither opens anything stored under it.
    const rows = (await readSealedRows(relay.dataDir, room)).map(decodeStoredRecord);
    const afterRotation = rows.filter((r) => readRecordHeader(r.record).epoch === 1);
    expect(afterRotation.length).toBeGreaterThanOrEqual(3);
    for (const m of brunos) {
      expect(m.ring.has(1)).toBe(false);
      for (const r of afterRotation) expect(() => openUpdate(m.ring, room, r.record)).toThrow(OpenError);
    }

    // Amina's devices three to eight are taken; a ninth is refused by the relay (4403) and never pinned.
    const keyRoomUrl = (token: string) => roomOf(relay.url, ws, token);
    const ring = aminas[0]!.ring;
    for (let i = 2; i < MAX_DEVICE_KEYS_PER_MEMBER; i++)
      expect((await appendEntry(keyRoomUrl(aminaToken), rosterEntry(ring, amina))).code).toBe(0);
    const ninth = newDeviceKeyPair().publicKey;
    const refused = await appendEntry(keyRoomUrl(aminaToken), rosterEntry(ring, amina, ninth));
    expect(refused.code).toBe(4403);
    expect(refused.reason).toMatch(/8 device keys already/);
    await waitFor(
      () => owner.keys.sync.roster.keysOf(amina).length === MAX_DEVICE_KEYS_PER_MEMBER,
      'the owner pins Amina’s eight device keys',
    );
    expect(owner.keys.sync.roster.has(amina, ninth)).toBe(false);
    // Someone else's token cannot add a device to Amina's name: the relay labels the writer, and
    // the owner's app refuses an entry naming another member than its writer.
    expect((await appendEntry(keyRoomUrl(ownerToken), rosterEntry(ring, bruno))).code).toBe(0);
    await waitFor(
      () => aminas[0]!.keys.refused.some((e) => /a roster entry for .* written by/.test(e.message)),
      'Amina’s app refuses a device key put in Bruno’s name',
    );
    expect(aminas[0]!.keys.sync.roster.keysOf(bruno)).toHaveLength(2);
  });
});

describe('the key room on the relay', () => {
  it('takes device keys from any role, rotations from owners only, and no more than its limits', async () => {
    const small = await spawnRelay({ args: ['--max-key-records', '4', '--max-key-room', '3000'] });
    const ws = `ws-${newId()}`;
    const ring = new KeyRing(ws, [newEpochKey(0)]);
    const url = (token: string) => `${small.url}/sealed/${keyRoomName(ws)}?token=${encodeURIComponent(token)}`;
    const token = (role: Role) => inviteViaCli(small.dataDir, ws, role);
    /** Appends `entry` as `role` and resolves with the close code, or 0 once the relay stored it. */
    const attempt = async (role: Role, entry: KeyRoomEntry, as?: string): Promise<number> =>
      (await appendEntry(url(as ?? (await token(role))), entry)).code;
    const roster = (member: string) => rosterEntry(ring, member);
    const rotation = (envelopes: number) => {
      const draft = new KeyRing(ws, ring.all());
      const made = rotateEpoch(
        draft,
        Array.from({ length: envelopes }, () => newDeviceKeyPair().publicKey),
      );
      return { type: 'rotation' as const, epoch: 1, chain: made.chainRecord, envelopes: made.envelopes };
    };

    // The owner connects first (else the first editor to connect would own the workspace).
    const ownerToken = await token('owner');
    expect(await attempt('owner', roster(decodeTokenPayload(ownerToken)!.id), ownerToken)).toBe(0);
    // A viewer publishes a device key (they need rotated keys too).
    const viewer = await token('viewer');
    expect(await attempt('viewer', roster(decodeTokenPayload(viewer)!.id), viewer)).toBe(0);
    // Viewers, commenters and editors cannot write rotations; malformed entries are refused.
    for (const role of ['viewer', 'commenter', 'editor'] as const) expect(await attempt(role, rotation(1))).toBe(4403);
    const raw = rawClient(url(await token('owner')));
    await raw.opened;
    raw.send(encodeSealedMessage({ type: 'append', record: new Uint8Array([2, 1, 0]) }));
    expect((await raw.closed).code).toBe(4400);
    // A snapshot would drop the entries it covers: the key room takes none, not even an owner's.
    const snapshotter = rawClient(url(await token('owner')));
    await snapshotter.opened;
    snapshotter.send(encodeSealedMessage({ type: 'snapshot', coversSeq: 2, record: new Uint8Array(64) }));
    expect((await snapshotter.closed).code).toBe(4403);
    // Bytes: a rotation larger than the room's 3,000 bytes is refused; a small one is stored.
    expect(await attempt('owner', rotation(40))).toBe(4422);
    // A grant (the key of an epoch already rotated to, for a device pinned since): owners only, and
    // only of an epoch the workspace was rotated to.
    const grant = (): KeyRoomEntry => ({ type: 'grant', epoch: 1, envelopes: rotation(1).envelopes });
    expect(await attempt('owner', grant())).toBe(4403);
    expect(await attempt('owner', rotation(2))).toBe(0);
    // Not the same epoch twice.
    expect(await attempt('owner', rotation(2))).toBe(4403);
    expect(await attempt('editor', grant())).toBe(4403);
    // Count: 3 stored, 1 more fits (an owner's grant), the fifth entry is refused.
    expect(await attempt('owner', grant())).toBe(0);
    expect(await attempt('editor', roster('z'))).toBe(4422);
    expect((await readSealedRows(small.dataDir, keyRoomName(ws))).length).toBe(4);
  });
});
