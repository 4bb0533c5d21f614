import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { cleanupRelays, spawnRelay } from '../support/relayProcess.ts';
import type { RelayHandle } from '../support/relayProcess.ts';
import { signWithRelayKey } from '../support/cli.ts';
import { connectClient, converged, rawClient, roomUrl, waitSynced } from '../support/clients.ts';
import type { SyncClient } from '../support/clients.ts';
import { waitFor } from '../support/wait.ts';
import { syncUpdateFrame } from '../../../server/relay/frames.ts';

const WS = 'ws-hostile-tests';
const ROOM = `${WS}/doc-target`;
let relay: RelayHandle;
let token: string;
let observers: SyncClient[] = [];
const others: SyncClient[] = [];

beforeAll(async () => {
  relay = await spawnRelay({
    env: {
      CONCORD_RELAY_MAX_FRAME: '64KiB',
      CONCORD_RELAY_MAX_DOCUMENT: '256KiB',
      CONCORD_RELAY_MAX_RATE: '50',
      CONCORD_RELAY_MAX_RATE_WAIT_MS: '3000',
      CONCORD_RELAY_MAX_CONNECTIONS: '12',
    },
  });
  token = signWithRelayKey(relay.dataDir, { ws: WS });
  observers = [connectClient(relay.url, ROOM, token), connectClient(relay.url, ROOM, token)];
  await Promise.all(observers.map((o) => waitSynced(o)));
});
afterAll(async () => {
  for (const o of [...observers, ...others]) o.destroy();
  await cleanupRelays();
});

const QUERY_AWARENESS = new Uint8Array([3]);

/**
 * Sends `frame` on a fresh connection, then a query-awareness message. Resolves with the close code
 * when the relay closed the connection, or 'alive' when it answered the query (frames are handled in order).
 */
async function probe(frame: Uint8Array | string, room = ROOM): Promise<number | 'alive'> {
  const client = rawClient(roomUrl(relay.url, room, { token }));
  await client.opened;
  const answered = new Promise<'alive'>((resolve) =>
    client.ws.on('message', (d: Buffer) => d[0] === 1 && resolve('alive')),
  );
  client.send(frame);
  client.send(QUERY_AWARENESS);
  const outcome = await Promise.race([client.closed.then((c) => c.code), answered]);
  client.ws.close();
  await client.closed;
  return outcome;
}

function frameOf(...parts: Array<number | Uint8Array>): Uint8Array {
  const e = encoding.createEncoder();
  for (const p of parts) {
    if (typeof p === 'number') encoding.writeVarUint(e, p);
    else encoding.writeVarUint8Array(e, p);
  }
  return encoding.toUint8Array(e);
}

/** The observers still sync through the attacked room. */
async function observersStillSync(marker: string): Promise<void> {
  observers[0]!.doc.getText('t').insert(0, marker);
  await waitFor(
    () => converged(observers.map((o) => o.doc)) && observers[1]!.doc.getText('t').toString().includes(marker),
    `observers sync ${marker}`,
  );
}

describe('hostile input', () => {
  it('closes malformed frames with 4400, one connection at a time, and keeps serving', async () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'a real update to mangle');
    const update = Y.encodeStateAsUpdate(doc);
    const real = syncUpdateFrame(update);
    const cases: Array<[string, Uint8Array | string]> = [
      ['empty frame', new Uint8Array(0)],
      ['unknown type', new Uint8Array([99])],
      ['unknown sync type', frameOf(0, 7, new Uint8Array(1))],
      ['text frame', 'hello'],
      ['huge length', new Uint8Array([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f])],
      ['overflowing varint', new Uint8Array([0, 2, ...new Array<number>(12).fill(0xff), 0x01])],
      ['garbage state vector', frameOf(0, 0, new Uint8Array([0xff, 0xff]))],
      ['garbage awareness', frameOf(1, frameOf(1, 123, 1) /* then a missing JSON string */)],
      [
        'awareness with invalid JSON',
        (() => {
          const e = encoding.createEncoder();
          encoding.writeVarUint(e, 1);
          encoding.writeVarUint(e, 5);
          encoding.writeVarUint(e, 1);
          encoding.writeVarString(e, '{nope');
          return frameOf(1, encoding.toUint8Array(e));
        })(),
      ],
      [
        'a flood of presence states',
        (() => {
          const e = encoding.createEncoder();
          encoding.writeVarUint(e, 20);
          for (let c = 1; c <= 20; c++) {
            encoding.writeVarUint(e, c);
            encoding.writeVarUint(e, 1);
            encoding.writeVarString(e, '{}');
          }
          return frameOf(1, encoding.toUint8Array(e));
        })(),
      ],
      ['update with a truncated payload', frameOf(0, 2, update.slice(0, update.length - 3))],
    ];
    for (let cut = 1; cut < real.length; cut += 3) cases.push([`truncated at ${cut}`, real.slice(0, cut)]);
    for (const [name, frame] of cases) expect(await probe(frame), name).toBe(4400);
    await observersStillSync('after malformed frames. ');
  });

  it('survives random bytes and raw TCP garbage', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const outcomes = new Map<number | 'alive', number>();
    for (let i = 0; i < 150; i++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 64) }, () => Math.floor(random() * 256));
      if (i % 3 === 0) bytes[0] = Math.floor(random() * 4); // steer a third into real message types
      const outcome = await probe(bytes);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(
      [...outcomes.keys()].every((k) => k === 4400 || k === 'alive'),
      JSON.stringify([...outcomes]),
    ).toBe(true);
    for (const garbage of [
      `GET /sync/${ROOM} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n\xff\xff\xff\xff\x00garbage`,
      '\x16\x03\x01 not http at all\r\n\r\n',
    ]) {
      await new Promise<void>((resolve) => {
        const socket = net.connect(relay.port, '127.0.0.1', () => socket.end(Buffer.from(garbage, 'latin1')));
        socket.on('error', () => resolve());
        socket.on('close', () => resolve());
        socket.resume();
      });
    }
    const health = await fetch(`${relay.httpUrl}/healthz`);
    expect(health.status).toBe(200);
    await observersStillSync('after random bytes. ');
  });
});

describe('limits', () => {
  it('closes a frame over the size limit with 4413', async () => {
    expect(await probe(new Uint8Array(100 * 1024).fill(1))).toBe(4413);
  });

  it('closes with 4422 once a document would exceed its size limit, keeping what fit', async () => {
    const room = `${WS}/doc-too-big`;
    const client = rawClient(roomUrl(relay.url, room, { token }));
    await client.opened;
    const doc = new Y.Doc();
    doc.on('update', (u: Uint8Array) => client.send(syncUpdateFrame(u)));
    for (let i = 0; i < 10; i++) doc.getText('t').insert(0, 'x'.repeat(40 * 1024));
    expect((await client.closed).code).toBe(4422);
    const reader = connectClient(relay.url, room, token);
    others.push(reader);
    await waitSynced(reader);
    const length = reader.doc.getText('t').length;
    expect(length).toBeGreaterThan(0);
    expect(length).toBeLessThan(10 * 40 * 1024);
  });

  it('slows a burst over the rate down instead of dropping it', async () => {
    const client = rawClient(roomUrl(relay.url, `${WS}/doc-burst`, { token }));
    await client.opened;
    let answers = 0;
    client.ws.on('message', (d: Buffer) => d[0] === 1 && (answers += 1));
    // 500 (the burst at 50/s) at once, then 100 more that wait their turn.
    for (let i = 0; i < 600; i++) client.send(QUERY_AWARENESS);
    await waitFor(() => answers === 600, 'every query answered', 30_000);
    expect(client.ws.readyState).toBe(client.ws.OPEN);
    client.ws.close();
    await client.closed;
  });

  it('closes a connection that keeps sending too fast with 4429', async () => {
    const client = rawClient(roomUrl(relay.url, `${WS}/doc-fast`, { token }));
    await client.opened;
    let open = true;
    void client.closed.then(() => (open = false));
    // Keep the relay's queue for this connection full: send whenever our own socket has room.
    while (open) {
      if (client.ws.bufferedAmount < 4096) for (let i = 0; i < 100; i++) client.send(QUERY_AWARENESS);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await client.closed).code).toBe(4429);
  });

  it('closes connections beyond the per-address limit with 4430', async () => {
    const many = Array.from({ length: 14 }, () => rawClient(roomUrl(relay.url, `${WS}/doc-crowd`, { token })));
    const codes: number[] = [];
    for (const c of many) void c.closed.then((x) => codes.push(x.code));
    await waitFor(() => codes.includes(4430), 'a connection over the limit is refused');
    expect(codes.every((code) => code === 4430)).toBe(true);
    for (const c of many) c.ws.close();
    await Promise.all(many.map((c) => c.closed));
    await observersStillSync('after the crowd. ');
  });
});
