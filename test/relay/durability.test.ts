import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { cleanupRelays, spawnRelay, tempDataDir } from './support/relayProcess.ts';
import { signWithRelayKey } from './support/cli.ts';
import { connectClient, converged, rawClient, roomUrl, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { tick, waitFor } from './support/wait.ts';
import { readStoredRoom } from './support/storage.ts';
import { readAckPayload } from '../../shared/protocol/ack.ts';
import { MESSAGE_ACK } from '../../shared/protocol/messages.ts';
import { syncUpdateFrame } from '../../server/relay/frames.ts';

const WS = 'ws-durability';
// The burst is faster than a person types; lift the per-connection rate limit for it.
const env = { CONCORD_RELAY_MAX_RATE: '100000' };
const clients: SyncClient[] = [];
afterAll(async () => {
  for (const c of clients) c.destroy();
  await cleanupRelays();
});

describe('durability', () => {
  it('after SIGKILL mid-burst, every acknowledged update is stored, and clients resume on their own', async () => {
    const dataDir = tempDataDir();
    const room = `${WS}/doc-burst1`;
    const first = await spawnRelay({ dataDir, env });
    const token = signWithRelayKey(dataDir, { ws: WS });
    const writer = connectClient(first.url, room, token, { ack: true });
    clients.push(writer);
    await waitSynced(writer);
    const me = writer.doc.clientID;
    const text = writer.doc.getText('t');
    const acked = () => writer.acked.get(me) ?? 0;

    let typed = 0;
    const type = async (n: number) => {
      for (let i = 0; i < n; i++, typed++) {
        text.insert(text.length, `${typed % 10}`);
        if (typed % 5 === 0) await tick();
      }
    };
    // Type until the relay has acknowledged part of the burst, then kill it while typing continues.
    while (acked() < 300) await type(50);
    const killed = first.stop('SIGKILL');
    await type(200);
    const result = await killed;
    expect(result.signal).toBe('SIGKILL');
    const claimed = acked();
    expect(claimed).toBeGreaterThan(0);
    expect(claimed).toBeLessThan(Y.getState(writer.doc.store, me));

    // Before anything can re-upload: the data folder alone holds everything that was acknowledged.
    const stored = await readStoredRoom(dataDir, room);
    expect(Y.getState(stored.doc.store, me)).toBeGreaterThanOrEqual(claimed);
    expect(text.toString().startsWith(stored.doc.getText('t').toString())).toBe(true);

    // Keep typing offline, restart on the same port: the client reconnects by itself and catches up.
    await type(300);
    const second = await spawnRelay({ dataDir, port: first.port, env });
    await waitFor(() => acked() === Y.getState(writer.doc.store, me), 'all edits acknowledged after restart', 60_000);
    const reader = connectClient(second.url, room, token);
    clients.push(reader);
    await waitSynced(reader);
    await waitFor(() => converged([writer.doc, reader.doc]), 'a fresh reader sees every edit');
    expect(reader.doc.getText('t').length).toBe(typed);
  });

  it('SIGTERM flushes, closes connections with 1012 and exits 0', async () => {
    const dataDir = tempDataDir();
    const room = `${WS}/doc-term1`;
    const relay = await spawnRelay({ dataDir, env });
    const token = signWithRelayKey(dataDir, { ws: WS });
    const writer = connectClient(relay.url, room, token, { ack: true });
    clients.push(writer);
    await waitSynced(writer);
    for (let i = 0; i < 500; i++) writer.doc.getText('t').insert(0, 'x');
    await tick();
    const exit = await relay.stop('SIGTERM');
    expect(exit.code).toBe(0);
    await waitFor(() => writer.closeCodes.length > 0, 'client saw the close');
    expect(writer.closeCodes[0]).toBe(1012);
    writer.provider.disconnect();
    const stored = await readStoredRoom(dataDir, room);
    // Everything the relay received before SIGTERM was flushed; all of it, in this run.
    expect(Y.getState(stored.doc.store, writer.doc.clientID)).toBeGreaterThanOrEqual(
      writer.acked.get(writer.doc.clientID) ?? 0,
    );
    expect(relay.output()).not.toMatch(/Error|error/);
  });

  it('acknowledges an update the relay already holds when a connection sends it again', async () => {
    const dataDir = tempDataDir();
    const room = `${WS}/doc-repeat1`;
    const relay = await spawnRelay({ dataDir, env });
    const token = signWithRelayKey(dataDir, { ws: WS });
    const source = new Y.Doc();
    source.getText('t').insert(0, 'hello');
    const frame = syncUpdateFrame(Y.encodeStateAsUpdate(source));
    const ackedBy = (messages: Uint8Array[]) => {
      let clock = 0;
      for (const message of messages) {
        const decoder = decoding.createDecoder(message);
        if (decoding.readVarUint(decoder) === MESSAGE_ACK)
          clock = Math.max(clock, readAckPayload(decoder).get(source.clientID) ?? 0);
      }
      return clock;
    };
    // The first connection stores it; the second (a client resending after a lost ack) repeats it.
    for (const label of ['first', 'repeat']) {
      const raw = rawClient(roomUrl(relay.url, room, { token, ack: '1' }));
      await raw.opened;
      raw.send(frame);
      await waitFor(() => ackedBy(raw.messages) === 5, `the ${label} sender acknowledged`);
      raw.ws.close();
    }
  });
});
