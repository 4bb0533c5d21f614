import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { cleanupRelays } from '../support/relayProcess.ts';
import type { RelayHandle } from '../support/relayProcess.ts';
import { signWithRelayKey } from '../support/cli.ts';
import { connectClient, rawClient, roomUrl, waitSynced } from '../support/clients.ts';
import type { RawClient, SyncClient } from '../support/clients.ts';
import { relayMemory, settledGrowth, spawnMeasuredRelay } from '../support/memory.ts';
import { waitFor } from '../support/wait.ts';

const WS = 'ws-presence-flood';
const ROOM = `${WS}/doc-presence`;
let relay: RelayHandle;
let viewer: string;
let alice: SyncClient;
let bob: SyncClient;

beforeAll(async () => {
  relay = await spawnMeasuredRelay({ env: { CONCORD_RELAY_MAX_PRESENCE_ROOM: '256KiB' } });
  viewer = signWithRelayKey(relay.dataDir, { ws: WS, role: 'viewer' });
  const editor = signWithRelayKey(relay.dataDir, { ws: WS });
  [alice, bob] = [connectClient(relay.url, ROOM, editor), connectClient(relay.url, ROOM, editor)];
  await Promise.all([waitSynced(alice), waitSynced(bob)]);
  // Both set their presence now, so that the providers' renewals (every 15 s) add no state later.
  alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
  bob.provider.awareness.setLocalStateField('user', { name: 'Bob' });
  await waitFor(() => nameSeenBy(bob, alice) === 'Alice' && nameSeenBy(alice, bob) === 'Bob', 'they see each other');
});
afterAll(async () => {
  alice.destroy();
  bob.destroy();
  await cleanupRelays();
});

function nameSeenBy(observer: SyncClient, subject: SyncClient): string | undefined {
  const state = observer.provider.awareness.getStates().get(subject.doc.clientID) as
    { user?: { name?: string } } | undefined;
  return state?.user?.name;
}

/** An awareness message with one entry per client id: (id, clock, JSON). */
function presence(entries: Array<[number, number, string]>): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const [id, clock, json] of entries) {
    encoding.writeVarUint(inner, id);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, json);
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

/** A raw viewer connection; `answered` sends a query and resolves once the relay answered it (all before it was handled). */
async function viewerSocket(): Promise<RawClient & { answered(): Promise<void> }> {
  const client = rawClient(roomUrl(relay.url, ROOM, { token: viewer }));
  await client.opened;
  const answered = async () => {
    const before = client.messages.filter((m) => m[0] === 1).length;
    client.send(new Uint8Array([3]));
    await waitFor(() => client.messages.filter((m) => m[0] === 1).length > before, 'query answered');
  };
  return Object.assign(client, { answered });
}

describe('presence flood', () => {
  it('frames of 300,000 unknown clients are refused before they are read, and leave memory where it was', async () => {
    const before = await relayMemory(relay);
    for (let frame = 0; frame < 10; frame++) {
      const client = await viewerSocket();
      client.send(presence(range(1_000_000 + frame * 300_000, 300_000).map((id) => [id, 1, 'null'])));
      expect((await client.closed).code).toBe(4400);
    }
    const grew = await settledGrowth(relay, before, 32);
    const after = await relayMemory(relay);
    console.log(`presence flood, 10 x 300,000 entries: ${grew.text}`);
    // Unbounded, this grew the heap by hundreds of MiB (RSS 163 -> 547 MiB before the fix).
    expect(grew.heap).toBeLessThan(32);
    expect(grew.rss).toBeLessThan(96);
    expect(after.presence.meta).toBeLessThanOrEqual(after.presence.states + 1);
  });

  it('entries within the limits for clients the connection does not own create nothing', async () => {
    const baseline = (await relayMemory(relay)).presence;
    const client = await viewerSocket();
    for (let i = 0; i < 100; i++) client.send(presence(range(5_000_000 + i * 16, 16).map((id) => [id, 1, 'null'])));
    // Someone else's presence: Alice's id, with a newer clock.
    client.send(presence([[alice.doc.clientID, 1_000, '{"user":{"name":"Mallory"}}']]));
    await client.answered();
    const report = await relayMemory(relay);
    expect(report.presence.meta).toBeLessThanOrEqual(report.presence.states + 1);
    expect(report.presence.states).toBe(baseline.states);
    expect(nameSeenBy(bob, alice)).toBe('Alice');
    client.ws.close();
    await client.closed;
  });

  it('bounds the states of a connection and of a room, and removes them when their owner leaves', async () => {
    const baseline = (await relayMemory(relay)).presence;
    const state = JSON.stringify({ user: { name: 'x'.repeat(7000) } });
    const flooders = await Promise.all(range(0, 8).map(() => viewerSocket()));
    for (const [n, client] of flooders.entries())
      client.send(presence(range(7_000_000 + n * 100, 16).map((id) => [id, 1, state])));
    await Promise.all(flooders.map((c) => c.answered()));
    const full = await relayMemory(relay);
    // 8 x 16 states of 7 KB would be 900 KB: the room keeps at most 256 KiB.
    expect(full.presence.bytes).toBeLessThanOrEqual(256 * 1024);
    expect(full.presence.states).toBeGreaterThan(10);
    const overOwn = await viewerSocket();
    overOwn.send(presence(range(8_000_000, 10).map((id) => [id, 1, '{}'])));
    overOwn.send(presence(range(8_000_100, 10).map((id) => [id, 1, '{}'])));
    expect((await overOwn.closed).code).toBe(4400);
    for (const c of flooders) c.ws.close();
    await Promise.all(flooders.map((c) => c.closed));
    await waitFor(
      async () => (await relayMemory(relay)).presence.states === baseline.states,
      'the flooders’ states removed',
    );
    const after = await relayMemory(relay);
    expect(after.presence.meta).toBe(baseline.meta);
    expect(after.presence.bytes).toBe(baseline.bytes);
    expect(nameSeenBy(bob, alice)).toBe('Alice');
  });
});
