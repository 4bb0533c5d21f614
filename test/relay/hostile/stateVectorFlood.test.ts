import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { cleanupRelays, spawnRelay } from '../support/relayProcess.ts';
import type { RelayHandle } from '../support/relayProcess.ts';
import { signWithRelayKey } from '../support/cli.ts';
import { connectClient, rawClient, roomUrl, waitSynced } from '../support/clients.ts';
import { relayMemory, settledGrowth, spawnMeasuredRelay } from '../support/memory.ts';
import { waitFor } from '../support/wait.ts';

// Found while reviewing issue 12: a sync step 1 is a state vector, one entry per Yjs client. Six
// viewers each sending one 11 MB step 1 naming 2.5 million clients made the relay build maps of
// millions of entries per connection (and an ack echoing them all): it stopped answering, /healthz
// included, for over a minute.
const WS = 'ws-state-vector-flood';
const ROOM = `${WS}/doc-flood`;
let relay: RelayHandle;

beforeAll(async () => {
  relay = await spawnMeasuredRelay();
});
afterAll(async () => cleanupRelays());

/** A sync step 1 whose state vector names `n` clients, from `first` on, each at clock `clock`. */
function step1(first: number, n: number, clock = 1): Uint8Array {
  const vector = encoding.createEncoder();
  encoding.writeVarUint(vector, n);
  for (let i = 0; i < n; i++) {
    encoding.writeVarUint(vector, first + i);
    encoding.writeVarUint(vector, clock);
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 0); // sync
  encoding.writeVarUint(frame, 0); // step 1
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(vector));
  return encoding.toUint8Array(frame);
}

describe('state vector flood', () => {
  it('six sync step 1s naming 2.5 million clients each are closed with 4400; the relay keeps answering', async () => {
    const token = signWithRelayKey(relay.dataDir, { ws: WS, role: 'viewer' });
    const frame = step1(1_000_000, 2_500_000);
    expect(frame.length).toBeGreaterThan(10_000_000);
    const before = await relayMemory(relay);
    const clients = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const client = rawClient(roomUrl(relay.url, ROOM, { token, ack: '1' }));
        await client.opened;
        return client;
      }),
    );
    for (const client of clients) client.send(frame);
    const closes = await Promise.all(clients.map((c) => c.closed));
    expect(closes.map((c) => c.code)).toEqual(Array(6).fill(4400));
    expect((await fetch(`${relay.httpUrl}/healthz`)).status).toBe(200);
    const grew = await settledGrowth(relay, before, 24);
    console.log(`state vector flood, 6 x 2.5 million clients: ${grew.text}`);
    // Less than two of the frames: unbounded, the maps built from them took gigabytes.
    expect(grew.heap).toBeLessThan(24);
  });

  it('an app whose document names 50,000 clients (within the bound) still syncs', async () => {
    const editor = signWithRelayKey(relay.dataDir, { ws: WS });
    const writer = connectClient(relay.url, ROOM, editor, { ack: true });
    await waitSynced(writer);
    writer.doc.getText('t').insert(0, 'kept');
    await waitFor(() => writer.acked.get(writer.doc.clientID) === 4, 'the write stored');
    // A reader whose copy names 50,000 other clients (below the bound) besides the writer.
    const raw = rawClient(roomUrl(relay.url, ROOM, { token: signWithRelayKey(relay.dataDir, { ws: WS }), ack: '1' }));
    await raw.opened;
    raw.send(step1(5_000_000, 50_000));
    await waitFor(() => raw.messages.some((m) => m[0] === 0 && m[1] === 1), 'sync step 2 answered');
    const answer = decoding.createDecoder(raw.messages.find((m) => m[0] === 0 && m[1] === 1)!);
    decoding.readVarUint(answer);
    decoding.readVarUint(answer);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decoding.readVarUint8Array(answer));
    expect(doc.getText('t').toString()).toBe('kept');
    raw.ws.close();
    await raw.closed;
    writer.destroy();
  });

  it('--max-sync-clients sets the bound', async () => {
    const small = await spawnRelay({ args: ['--max-sync-clients', '10'] });
    const token = signWithRelayKey(small.dataDir, { ws: WS, role: 'viewer' });
    const within = rawClient(roomUrl(small.url, ROOM, { token }));
    await within.opened;
    within.send(step1(1_000, 10));
    await waitFor(() => within.messages.some((m) => m[0] === 0 && m[1] === 1), 'ten clients answered');
    within.ws.close();
    const over = rawClient(roomUrl(small.url, ROOM, { token }));
    await over.opened;
    over.send(step1(1_000, 11));
    expect((await over.closed).code).toBe(4400);
  });
});
