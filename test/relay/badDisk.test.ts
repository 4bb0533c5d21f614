import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { pendingLocalChanges } from '../../shared/protocol/ack.ts';
import { cleanupRelays, spawnRelay, tempDataDir } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { runCli, signWithRelayKey } from './support/cli.ts';
import { connectClient, converged, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { health } from './support/health.ts';
import { SmallDisk } from './support/smallDisk.ts';
import { readStoredRoom } from './support/storage.ts';
import { tick, waitFor } from './support/wait.ts';

const WS = 'ws-bad-disk';
const env = { CONCORD_RELAY_MAX_RATE: '100000' };
const disks: SmallDisk[] = [];
const clients: SyncClient[] = [];
// Mounting a small disk of its own needs root (CAP_SYS_ADMIN): CI runs as root.
const probe = SmallDisk.mount(tempDataDir('concord-disk-probe-'), 1);
probe?.unmount();
if (!probe) console.warn('bad-disk relay tests skipped: cannot mount a tmpfs here (needs root)');

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const d of disks) d.unmount(); // lazily: the relays still running let go when they are killed
  await cleanupRelays();
});

function client(relay: RelayHandle, room: string, token: string): SyncClient {
  const c = connectClient(relay.url, room, token, { ack: true });
  clients.push(c);
  return c;
}

const acked = (c: SyncClient) => c.acked.get(c.doc.clientID) ?? 0;
const allAcked = (c: SyncClient) =>
  waitFor(() => acked(c) === Y.getState(c.doc.store, c.doc.clientID), 'every edit acknowledged', 60_000);

async function type(c: SyncClient, n: number, tag: string): Promise<void> {
  const text = c.doc.getText('t');
  for (let i = 0; i < n; i++) {
    text.insert(text.length, `${tag}${i % 10}`);
    if (i % 10 === 0) await tick();
  }
}

/** A relay whose data folder is a small disk of its own, a writer and a peer in one room, in sync. */
async function setUp(room: string) {
  const disk = SmallDisk.mount(tempDataDir(), 16)!;
  disks.push(disk);
  const relay = await spawnRelay({ dataDir: disk.dir, env });
  const token = signWithRelayKey(disk.dir, { ws: WS });
  const [writer, peer] = [client(relay, `${WS}/${room}`, token), client(relay, `${WS}/${room}`, token)];
  await Promise.all([waitSynced(writer), waitSynced(peer)]);
  await type(writer, 20, 'a');
  await allAcked(writer);
  return { disk, relay, token, writer, peer, room: `${WS}/${room}` };
}

describe.skipIf(!probe)('a relay whose disk fails', () => {
  it('disk full: keeps serving, acknowledges nothing it did not store, says so, and catches up when there is room again', async () => {
    const { disk, relay, token, writer, peer, room } = await setUp('disk-full');
    const before = acked(writer);
    expect(writer.canSave).toBeNull(); // nothing to say while it saves
    disk.fill();
    await type(writer, 60, 'b');
    await waitFor(() => converged([writer.doc, peer.doc]), 'live edits still reach the other member');
    // Every Concord client in the room is told, the one that wrote and the one that only reads.
    await waitFor(() => writer.canSave === false && peer.canSave === false, 'members told the relay cannot save');
    await waitFor(async () => (await health(relay.httpUrl)).status === 'degraded', '/healthz reports the failure');
    const during = await health(relay.httpUrl);
    expect(during).toMatchObject({ httpStatus: 503, storage: { kind: 'sqlite', ok: false } });
    expect(during.storage?.detail).toMatch(/^cannot save since \S+ \(disk full\)$/);
    expect(during.pendingWrites).toBeGreaterThan(0);
    expect(acked(writer)).toBe(before); // the app keeps showing "N changes waiting"
    expect(pendingLocalChanges(writer.doc, writer.acked)).toBeGreaterThan(0);
    // Someone joining now gets everything the relay holds.
    const late = client(relay, room, token);
    await waitSynced(late);
    await waitFor(() => converged([late.doc, writer.doc]), 'a member joining during the failure catches up');
    await waitFor(() => late.canSave === false, 'a member joining during the failure is told too');

    disk.free();
    await allAcked(writer);
    await waitFor(() => [writer, peer, late].every((c) => c.canSave === true), 'members told it saves again');
    await waitFor(async () => (await health(relay.httpUrl)).status === 'ok', '/healthz recovers');
    expect((await readStoredRoom(disk.dir, room)).doc.getText('t').toString()).toBe(writer.doc.getText('t').toString());
    expect(relay.output()).toMatch(/storage unavailable .*not acknowledging/);
  });

  it('killed while its disk is full: everything it acknowledged is on disk, and it starts again once there is room', async () => {
    const { disk, relay, token, writer, room } = await setUp('disk-kill');
    disk.fill();
    await type(writer, 40, 'c');
    await waitFor(async () => (await health(relay.httpUrl)).status === 'degraded', 'the failure is noticed');
    const claimed = acked(writer);
    expect((await relay.stop('SIGKILL')).signal).toBe('SIGKILL');
    expect(Y.getState((await readStoredRoom(disk.dir, room)).doc.store, writer.doc.clientID)).toBeGreaterThanOrEqual(
      claimed,
    );
    disk.free();
    const again = await spawnRelay({ dataDir: disk.dir, port: relay.port, env });
    await allAcked(writer);
    const reader = client(again, room, token);
    await waitSynced(reader);
    await waitFor(() => converged([reader.doc, writer.doc]), 'nothing typed during the failure is lost');
  });

  it('a data folder it cannot write: says which and what to do, instead of starting without saving', async () => {
    for (const fresh of [true, false]) {
      const disk = SmallDisk.mount(tempDataDir(), 4)!;
      disks.push(disk);
      if (!fresh) {
        // A folder the relay used before (its database and key there), then remounted read-only.
        await (await spawnRelay({ dataDir: disk.dir, env })).stop();
      }
      disk.readOnly();
      const result = await runCli(['relay', '--data', disk.dir, '--port', '0']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `the data folder ${disk.dir} is on a read-only file system: the relay keeps its documents and keys there; free it, or give a writable folder with --data`,
      );
    }
  });
});
