import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { cleanupRelays } from '../support/relayProcess.ts';
import type { RelayHandle } from '../support/relayProcess.ts';
import { signWithRelayKey } from '../support/cli.ts';
import { connectClient, rawClient, roomUrl, waitSynced } from '../support/clients.ts';
import type { RawClient, SyncClient } from '../support/clients.ts';
import { growth, relayMemory, spawnMeasuredRelay } from '../support/memory.ts';
import { waitFor } from '../support/wait.ts';

const WS = 'ws-slow-reader';
const ROOM = `${WS}/doc-big-one`;
const DOC_MIB = 6;
let relay: RelayHandle;
let editor: string;
let viewer: string;
let writer: SyncClient;
let reader: SyncClient;

beforeAll(async () => {
  relay = await spawnMeasuredRelay({ env: { CONCORD_RELAY_MAX_ROOM_SEND_QUEUE: '24MiB' } });
  editor = signWithRelayKey(relay.dataDir, { ws: WS });
  viewer = signWithRelayKey(relay.dataDir, { ws: WS, role: 'viewer' });
  writer = connectClient(relay.url, ROOM, editor);
  reader = connectClient(relay.url, ROOM, editor);
  await Promise.all([waitSynced(writer), waitSynced(reader)]);
  for (let i = 0; i < DOC_MIB; i++) writer.doc.getText('t').insert(0, String(i).repeat(1024 * 1024));
  await waitFor(() => reader.doc.getText('t').length === DOC_MIB * 1024 * 1024, 'the document reached the relay');
});
afterAll(async () => {
  writer.destroy();
  reader.destroy();
  await cleanupRelays();
});

/** A viewer that stops reading its socket right after connecting. */
async function stalledViewer(room = ROOM): Promise<RawClient> {
  const client = rawClient(roomUrl(relay.url, room, { token: viewer }));
  await client.opened;
  client.ws.pause();
  return client;
}

function frame(...parts: Array<number | Uint8Array>): Uint8Array {
  const e = encoding.createEncoder();
  for (const p of parts) {
    if (typeof p === 'number') encoding.writeVarUint(e, p);
    else encoding.writeVarUint8Array(e, p);
  }
  return encoding.toUint8Array(e);
}

const SYNC_STEP1_EMPTY = frame(0, 0, Y.encodeStateVector(new Y.Doc()));

/** The writer and the reader still exchange edits through the room. */
async function stillSyncing(marker: string): Promise<void> {
  writer.doc.getText('t').insert(0, marker);
  await waitFor(() => reader.doc.getText('t').toString().startsWith(marker), `reader receives ${marker}`);
}

/** An awareness message setting `count` states of about `bytes` each, for client ids from `first` on. */
function presenceStates(first: number, count: number, bytes: number): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, count);
  const json = JSON.stringify({ user: { name: 'x'.repeat(bytes - 30) } });
  for (let id = first; id < first + count; id++) {
    encoding.writeVarUint(inner, id);
    encoding.writeVarUint(inner, 1);
    encoding.writeVarString(inner, json);
  }
  return frame(1, encoding.toUint8Array(inner));
}

describe('slow reader', () => {
  it('an 8 MiB presence state and forty presence queries from a viewer that does not read', async () => {
    const big = await stalledViewer(`${WS}/doc-presence`);
    big.send(presenceStates(1, 1, 8 * 1024 * 1024));
    for (let i = 0; i < 40; i++) big.send(new Uint8Array([3]));
    big.ws.resume();
    expect((await big.closed).code).toBe(4400);
    // The room's presence filled to its 4 MiB limit by 33 connections, then queries that each answer with all of it.
    const fillers = await Promise.all(Array.from({ length: 33 }, () => stalledViewer(`${WS}/doc-presence`)));
    for (const [n, c] of fillers.entries()) c.send(presenceStates(100 + n * 16, 16, 7900));
    await waitFor(async () => (await relayMemory(relay)).presence.bytes > 4_000_000, 'presence is full');
    const before = await relayMemory(relay);
    const attacker = await stalledViewer(`${WS}/doc-presence`);
    for (let i = 0; i < 200; i++) attacker.send(new Uint8Array([3]));
    await waitFor(
      async () => (await relayMemory(relay)).pausedConnections > before.pausedConnections,
      'the relay stops reading it',
    );
    const during = await relayMemory(relay);
    const grew = growth(before, during);
    console.log(`slow reader, 200 presence queries answered with 4 MiB each: ${grew.text}`);
    expect(grew.heap).toBeLessThan(48);
    for (const c of [attacker, ...fillers]) c.ws.terminate();
    await Promise.all([attacker, ...fillers].map((c) => c.closed));
  });

  it('forty sync requests from a viewer that does not read: the relay stops reading it', async () => {
    const before = await relayMemory(relay);
    const attacker = await stalledViewer();
    for (let i = 0; i < 40; i++) attacker.send(SYNC_STEP1_EMPTY);
    await waitFor(async () => (await relayMemory(relay)).pausedConnections === 1, 'the relay stops reading it');
    const during = await relayMemory(relay);
    const grew = growth(before, during);
    console.log(`slow reader, 40 sync requests for a ${DOC_MIB} MiB document: ${grew.text}`);
    // Unbounded, each request queued the whole document again (RSS +218 MiB before the fix).
    expect(during.sendQueuedBytes).toBeLessThan(3 * DOC_MIB * 1024 * 1024);
    expect(grew.heap).toBeLessThan(48);
    expect(grew.rss).toBeLessThan(96);
    await stillSyncing('after the slow reader. ');
    attacker.ws.terminate();
    await attacker.closed;
  });

  it('broadcasts to a peer that does not read: it is closed with 4408 once its queue is full', async () => {
    const before = await relayMemory(relay);
    const stalled = await stalledViewer();
    await waitFor(async () => (await relayMemory(relay)).connections === 3, 'the stalled viewer joined');
    for (let i = 0; i < 12; i++) writer.doc.getText('t').insert(0, String(i % 10).repeat(1024 * 1024));
    await waitFor(() => /4408 too slow/.test(relay.output()), 'the stalled viewer is closed as too slow');
    // It cannot answer the close frame (it does not read): its socket is dropped after --close-grace-ms.
    await waitFor(async () => (await relayMemory(relay)).connections === 2, 'its socket dropped');
    const after = await relayMemory(relay);
    const grew = growth(before, after);
    console.log(`slow reader, 12 MiB of broadcasts: ${grew.text}`);
    expect(grew.heap).toBeLessThan(48);
    await stillSyncing('after the stalled viewer. ');
    stalled.ws.terminate();
  });

  it('many first syncs of a big document at once wait for the room’s send budget', async () => {
    const before = await relayMemory(relay);
    const herd = await Promise.all(Array.from({ length: 20 }, () => stalledViewer()));
    for (const c of herd) c.send(SYNC_STEP1_EMPTY);
    await waitFor(async () => (await relayMemory(relay)).pausedConnections >= 15, 'most of the herd waits');
    const during = await relayMemory(relay);
    const grew = growth(before, during);
    console.log(`slow reader, 20 stalled first syncs of ${DOC_MIB}+ MiB: ${grew.text}`);
    // 20 copies would be over 240 MiB; the room's budget is 24 MiB (plus one document in flight).
    expect(during.sendQueuedBytes).toBeLessThan(24 * 1024 * 1024 + 20 * 1024 * 1024);
    expect(grew.heap).toBeLessThan(96);
    for (const c of herd) c.ws.terminate();
    await Promise.all(herd.map((c) => c.closed));
    await stillSyncing('after the herd. ');
  });
});
