import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids.ts';
import { decodeTokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { encodeSealedMessage } from '../../shared/protocol/sealedMessages.ts';
import { KeyRing, newEpochKey } from '../../shared/sealed/epochKeys.ts';
import { keyRoomName } from '../../shared/sealed/keyRoom.ts';
import { KeyRoomSync } from '../../shared/sealedSync/keyRoomSync.ts';
import { keepRemovedOut } from '../../shared/sealedSync/rotationDuty.ts';
import { decodeStoredRecord } from '../../server/relay/sealed/storedRecord.ts';
import { inviteViaCli } from './support/cli.ts';
import { keyRoomClient } from './support/keyRoomClient.ts';
import type { KeyRoomClient } from './support/keyRoomClient.ts';
import { inviteEditor, removeMember } from './support/membersApi.ts';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { readSealedRows } from './support/storage.ts';
import { waitFor } from './support/wait.ts';

// Two owners of a private workspace each remove a member at the same moment
// (docs/private-workspaces.md, Rotation). The relay stores one rotation and refuses the other; the
// refused owner's app reads the winner's and, if it gave the key to the member it removed, rotates
// again. Whatever the order, neither removed member can open the newest key, even from every entry
// the relay stored (what a relay colluding with them could hand over).

let relay: RelayHandle;
const clients: KeyRoomClient[] = [];

beforeAll(async () => {
  relay = await spawnRelay();
});
afterAll(async () => {
  for (const c of clients) await c.disconnect();
  await cleanupRelays();
});

/** Waits until `client`'s key room delivered everything the relay holds, connecting it again after a refusal. */
async function synced(client: KeyRoomClient): Promise<void> {
  if (!client.isOpen()) await client.connect().catch(() => undefined);
  await waitFor(() => client.sync.synced, 'the key room is synced');
}

/** Every key a device can get from the key room's stored entries, as if the relay handed them all over. */
async function keysFromStoredEntries(ring: KeyRing, device: KeyRoomClient, member: string): Promise<number[]> {
  const ws = ring.workspaceId;
  const replay = new KeyRoomSync({ ring, device: device.device, member });
  replay.connected({ send: () => undefined });
  for (const row of await readSealedRows(relay.dataDir, keyRoomName(ws))) {
    const stored = decodeStoredRecord(row);
    replay.receive(encodeSealedMessage({ type: 'record', ...stored }));
  }
  return ring.all().map((k) => k.epoch);
}

describe('two owners removing members at the same time', () => {
  it('ends with a key neither removed member holds, whichever rotation the relay stored first', async () => {
    const ws = `ws-${newId()}`;
    const first = newEpochKey(0);
    const tokenA = await inviteViaCli(relay.dataDir, ws, 'owner');
    const join = async (token: string) => {
      const id = decodeTokenPayload(token)!.id;
      const ring = new KeyRing(ws, [first]);
      const client = await keyRoomClient(relay.url, token, ring, id);
      clients.push(client);
      return { id, token, client, ring };
    };
    const ownerA = await join(tokenA);
    await synced(ownerA.client);
    const tokenB = await inviteViaCli(relay.dataDir, ws, 'owner');
    const invite = (label: string) => inviteEditor(relay, ws, tokenA, label);
    const ownerB = await join(tokenB);
    const amina = await join(await invite('Amina'));
    const bruno = await join(await invite('Bruno'));
    const carla = await join(await invite('Carla'));
    const everyone = [ownerA, ownerB, amina, bruno, carla];
    for (const owner of [ownerA, ownerB])
      await waitFor(
        () => everyone.every((m) => owner.client.sync.roster.keysOf(m.id).length > 0),
        'both owners see every device key',
      );

    // A removes Bruno and reads the members while Carla is still one; then B removes Carla.
    expect(await removeMember(relay, ws, tokenA, bruno.id)).toBe(204);
    const keptByA = [ownerA.id, ownerB.id, amina.id, carla.id];
    expect(await removeMember(relay, ws, tokenB, carla.id)).toBe(204);
    const keptByB = [ownerA.id, ownerB.id, amina.id];

    // Both rotate at once from epoch 0: the relay takes one and refuses the other (4403).
    const duty = (owner: typeof ownerA, removed: string, kept: string[]) =>
      keepRemovedOut({
        sync: owner.client.sync,
        synced: () => synced(owner.client),
        holders: async () => ({ removed: new Map([[removed, 0]]), remaining: async () => kept }),
      });
    await Promise.all([duty(ownerA, bruno.id, keptByA), duty(ownerB, carla.id, keptByB)]);
    expect([...ownerA.client.closeCodes, ...ownerB.client.closeCodes]).toContain(4403);

    // The remaining members share the newest key; Amina got it without doing anything.
    const newest = Math.max(ownerA.client.sync.rotationEpoch, ownerB.client.sync.rotationEpoch);
    expect(newest).toBeGreaterThanOrEqual(1);
    for (const m of [ownerA, ownerB, amina])
      await waitFor(() => m.client.sync.rotationEpoch === newest, 'every remaining member reads the newest rotation');
    await synced(ownerA.client);
    await synced(ownerB.client);
    for (const m of [ownerA, ownerB, amina]) expect(m.ring.current().epoch).toBe(newest);

    // Neither removed member's device opens the newest key from all that the relay stored.
    for (const removed of [bruno, carla])
      expect(await keysFromStoredEntries(new KeyRing(ws, [first]), removed.client, removed.id)).not.toContain(newest);
    // A further check finds nothing left to do.
    expect(
      ownerA.client.sync.removedHoldingNewest(
        new Map([
          [bruno.id, 0],
          [carla.id, 0],
        ]),
      ),
    ).toEqual([]);
  });
});
