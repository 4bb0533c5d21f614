import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cleanupRelays, spawnRelay, tempDataDir } from './support/relayProcess.ts';
import { signWithRelayKey } from './support/cli.ts';
import { connectClient, converged, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { tick, waitFor } from './support/wait.ts';
import { readStoredRoom } from './support/storage.ts';

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
});
