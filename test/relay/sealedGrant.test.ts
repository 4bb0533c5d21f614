import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesToHex } from '@noble/ciphers/utils.js';
import { newId } from '../../shared/ids.ts';
import { decodeTokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { encodeSealedMessage } from '../../shared/protocol/sealedMessages.ts';
import { KeyRing, newEpochKey } from '../../shared/sealed/epochKeys.ts';
import type { EpochKey } from '../../shared/sealed/epochKeys.ts';
import { wrapEpochKey } from '../../shared/sealed/keyEnvelope.ts';
import { decodeKeyRoomEntry, encodeKeyRoomEntry, keyRoomName } from '../../shared/sealed/keyRoom.ts';
import { decodeStoredRecord } from '../../server/relay/sealed/storedRecord.ts';
import { inviteViaCli } from './support/cli.ts';
import { rawClient } from './support/clients.ts';
import { keyRoomClient } from './support/keyRoomClient.ts';
import type { KeyRoomClient } from './support/keyRoomClient.ts';
import { inviteEditor, removeMember } from './support/membersApi.ts';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { readSealedRows } from './support/storage.ts';
import { waitFor } from './support/wait.ts';

// Pending invitations after a rotation (docs/private-workspaces.md, Grants), through a real relay
// process: an invitation made before a removal carries the old key; when its member's device key
// appears, the owner grants the newest key. A key wrapped for the device by anyone else (a relay,
// a removed member) does not lead back to the keys the member holds and is refused.

let relay: RelayHandle;
const keyRooms: KeyRoomClient[] = [];

beforeAll(async () => {
  relay = await spawnRelay();
});
afterAll(async () => {
  for (const k of keyRooms) await k.disconnect();
  await cleanupRelays();
});

/** A member's key room with the key of their link. */
async function member(ws: string, token: string, key: EpochKey) {
  const ring = new KeyRing(ws, [key]);
  const id = decodeTokenPayload(token)!.id;
  const keys = await keyRoomClient(relay.url, token, ring, id);
  keyRooms.push(keys);
  return { id, ring, keys };
}

describe('a pending invitation after a rotation', () => {
  it('gets the newest key once its device key appears; a forged key is refused; a removed member gets none', async () => {
    const ws = `ws-${newId()}`;
    const first = newEpochKey(0);
    const ownerToken = await inviteViaCli(relay.dataDir, ws, 'owner');
    const invite = (label: string) => inviteEditor(relay, ws, ownerToken, label);
    const owner = await member(ws, ownerToken, first);
    const bruno = await member(ws, await invite('Bruno'), first);
    // Dan's invitation is made now: its link carries epoch 0. He does not open it yet.
    const danToken = await invite('Dan');
    await waitFor(() => owner.keys.sync.roster.keysOf(bruno.id).length > 0, 'Bruno’s device key is pinned');

    // Bruno is removed; the owner rotates for herself (Dan has no device key yet).
    expect(await removeMember(relay, ws, ownerToken, bruno.id)).toBe(204);
    const next = await owner.keys.sync.rotate([owner.id]);
    expect(next.epoch).toBe(1);
    // Bruno's device key is still in the roster and has no envelope: the app's guard keeps him out.
    expect(owner.keys.sync.wanting().map((w) => w.member)).toEqual([bruno.id]);

    // Dan opens his link: his device key (sealed under epoch 0) appears, and he wants epoch 1.
    const dan = await member(ws, danToken, first);
    await waitFor(() => owner.keys.sync.wanting().some((w) => w.member === dan.id), 'the owner sees Dan wants it');
    expect(dan.ring.has(1)).toBe(false);

    // Someone else (here a second owner's token, as a relay could) wraps a key of their own for
    // Dan's device: it does not lead back to epoch 0 through the chain, and is refused.
    const forger = rawClient(
      `${relay.url}/sealed/${keyRoomName(ws)}?token=${encodeURIComponent(await inviteViaCli(relay.dataDir, ws, 'owner'))}`,
    );
    await forger.opened;
    const forged = newEpochKey(1);
    const envelope = wrapEpochKey(ws, forged, dan.keys.device.publicKey);
    const entry = encodeKeyRoomEntry({
      type: 'grant',
      epoch: 1,
      envelopes: [{ recipient: dan.keys.device.publicKey, envelope }],
    });
    forger.send(encodeSealedMessage({ type: 'append', record: entry }));
    await waitFor(
      () => dan.keys.refused.some((e) => /does not lead back/.test(e.message)),
      'Dan refuses the forged key',
    );
    expect(dan.ring.has(1)).toBe(false);
    forger.ws.close();

    // The owner's app grants to those still listed (Dan), not to Bruno.
    await owner.keys.sync.grant([dan.id]);
    await waitFor(() => dan.ring.has(1), 'Dan holds epoch 1');
    expect(dan.ring.current()).toEqual(owner.ring.current());
    expect(owner.keys.sync.wanting().map((w) => w.member)).toEqual([bruno.id]);
    // Granting again gives nothing twice.
    await owner.keys.sync.grant([dan.id]);

    // Dan opens the same link on a second computer: its own device key (sealed under epoch 0) is
    // pinned beside his first, wants epoch 1, and gets it from the owner's next grant.
    const danLaptop = await member(ws, danToken, first);
    await waitFor(
      () =>
        owner.keys.sync.wanting().some((w) => bytesToHex(w.publicKey) === bytesToHex(danLaptop.keys.device.publicKey)),
      'the owner sees Dan’s second computer wants it',
    );
    expect(owner.keys.sync.roster.keysOf(dan.id)).toHaveLength(2);
    await owner.keys.sync.grant([dan.id]);
    await waitFor(() => danLaptop.ring.has(1), 'Dan’s second computer holds epoch 1');
    expect(danLaptop.ring.current()).toEqual(owner.ring.current());
    expect(danLaptop.keys.refused).toEqual([]);
    expect(owner.keys.sync.wanting().map((w) => w.member)).toEqual([bruno.id]);

    // What the key room holds: one grant from the owner, for Dan's device only; nothing ever for Bruno's.
    const rows = (await readSealedRows(relay.dataDir, keyRoomName(ws))).map(decodeStoredRecord);
    const recipients = rows
      .map((r) => decodeKeyRoomEntry(r.record))
      .flatMap((e) => (e.type === 'roster' ? [] : e.envelopes.map((x) => bytesToHex(x.recipient))));
    expect(recipients.filter((r) => r === bytesToHex(dan.keys.device.publicKey))).toHaveLength(2); // forged + granted
    expect(recipients.filter((r) => r === bytesToHex(danLaptop.keys.device.publicKey))).toHaveLength(1);
    expect(recipients).not.toContain(bytesToHex(bruno.keys.device.publicKey));
    expect(bruno.ring.has(1)).toBe(false);
  });
});
