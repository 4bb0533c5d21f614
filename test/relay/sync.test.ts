import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { inviteViaCli } from './support/cli.ts';
import { connectClient, converged, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { tick, waitFor } from './support/wait.ts';

const WS = 'ws-sync-tests';
let relay: RelayHandle;
let token: string;
const clients: SyncClient[] = [];
function client(room: string, options: Parameters<typeof connectClient>[3] = {}): SyncClient {
  const c = connectClient(relay.url, room, token, options);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  relay = await spawnRelay();
  token = await inviteViaCli(relay.dataDir, WS, 'editor');
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await cleanupRelays();
});

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function rng(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('relay sync', () => {
  it('three clients converge after interleaved edits; a late joiner receives everything', async () => {
    const room = `${WS}/doc-three1`;
    const three = [client(room), client(room), client(room)];
    await Promise.all(three.map((c) => waitSynced(c)));
    const random = rng(42);
    for (let round = 0; round < 150; round++) {
      for (const [i, c] of three.entries()) {
        const text = c.doc.getText('t');
        if (text.length > 10 && random() < 0.25) text.delete(Math.floor(random() * (text.length - 3)), 3);
        else text.insert(Math.floor(random() * (text.length + 1)), `${i}${round % 10}`);
        if (round % 20 === 0) c.doc.getMap('meta').set('title', `title from ${i} at ${round}`);
      }
      if (round % 5 === 0) await tick();
    }
    await waitFor(() => converged(three.map((c) => c.doc)), 'three clients converge');
    expect(three[0]!.doc.getText('t').length).toBeGreaterThan(300);
    expect(three[1]!.doc.getMap('meta').toJSON()).toEqual(three[0]!.doc.getMap('meta').toJSON());

    const late = client(room);
    await waitSynced(late);
    await waitFor(() => converged([three[0]!.doc, late.doc]), 'late joiner has everything');
  });

  it('a stock y-websocket client (no ack) syncs and never sees an unknown message type', async () => {
    const errors = vi.spyOn(console, 'error');
    const room = `${WS}/doc-stock1`;
    const writer = client(room, { ack: true, appReconnect: false });
    const stock = client(room, { appReconnect: false });
    await Promise.all([waitSynced(writer), waitSynced(stock)]);
    writer.doc.getText('t').insert(0, 'from the app');
    stock.doc.getText('t').insert(0, 'from a stock client; ');
    await waitFor(() => converged([writer.doc, stock.doc]), 'stock and app clients converge');
    await waitFor(
      () => (writer.acked.get(writer.doc.clientID) ?? 0) === Y.getState(writer.doc.store, writer.doc.clientID),
      'writer acknowledged',
    );
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/Unable to compute message/);
    errors.mockRestore();
  });

  it('a closing connection removes only the presence it introduced', async () => {
    const room = `${WS}/doc-aware1`;
    const [a, b, watcher] = [client(room), client(room), client(room)];
    await Promise.all([a, b, watcher].map((c) => waitSynced(c)));
    a.provider.awareness.setLocalStateField('user', { name: 'A' });
    b.provider.awareness.setLocalStateField('user', { name: 'B' });
    const seen = () => watcher.provider.awareness.getStates();
    await waitFor(() => seen().has(a.doc.clientID) && seen().has(b.doc.clientID), 'watcher sees A and B');
    a.destroy();
    await waitFor(() => !seen().has(a.doc.clientID), 'A removed after its connection closed');
    expect(seen().get(b.doc.clientID)).toEqual({ user: { name: 'B' } });
    expect(b.provider.awareness.getStates().has(b.doc.clientID)).toBe(true);
  });

  it('a stock client joining a room where more people are present than one connection may own stays connected', async () => {
    const room = `${WS}/doc-crowded`;
    // More present members than --max-presence-per-connection (16): the greeting names them all, and a
    // stock y-websocket client passes that whole message back to the relay.
    const crowd = Array.from({ length: 20 }, () => client(room, { appReconnect: false }));
    await Promise.all(crowd.map((c) => waitSynced(c)));
    crowd.forEach((c, i) => c.provider.awareness.setLocalStateField('user', { name: `member ${i}` }));
    const late = client(room, { appReconnect: false });
    await waitSynced(late);
    await waitFor(() => late.provider.awareness.getStates().size === 21, 'the late joiner sees everybody');
    crowd[0]!.doc.getText('t').insert(0, 'still here');
    await waitFor(
      () => late.doc.getText('t').toString() === 'still here',
      () =>
        `the late joiner keeps receiving edits (close codes ${JSON.stringify([...crowd, late].map((c) => c.closeCodes))}, relay: ${relay.output().slice(-2000)})`,
    );
    expect([...crowd, late].flatMap((c) => c.closeCodes)).toEqual([]);
    expect(relay.output()).not.toMatch(/presence message names/);
  });
});
