import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { signWithRelayKey } from './support/cli.ts';
import { connectClient, converged, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { waitFor } from './support/wait.ts';
import { readStoredRoom } from './support/storage.ts';

const WS = 'ws-offline-tests';
const ROOM = `${WS}/doc-offline1`;
let relay: RelayHandle;
let clients: SyncClient[] = [];

beforeAll(async () => {
  relay = await spawnRelay();
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await cleanupRelays();
});

/** Thousands of small edits, each its own transaction, like typing. */
function edit(doc: Y.Doc, who: string, count: number): void {
  const text = doc.getText('t');
  for (let i = 0; i < count; i++) {
    if (i % 7 === 6) text.delete(Math.floor(text.length / 2), 1);
    else text.insert(i % 3 === 0 ? 0 : text.length, `${who}${i % 10}`);
  }
}

describe('offline editing', () => {
  it('two clients that diverge offline (thousands of edits each) converge on reconnect', async () => {
    const token = signWithRelayKey(relay.dataDir, { ws: WS });
    const [a, b] = [
      connectClient(relay.url, ROOM, token, { ack: true }),
      connectClient(relay.url, ROOM, token, { ack: true }),
    ];
    clients = [a, b];
    await Promise.all([waitSynced(a), waitSynced(b)]);
    a.doc.getText('t').insert(0, 'shared paragraph. ');
    await waitFor(() => converged([a.doc, b.doc]), 'initial text shared');

    a.provider.disconnect();
    b.provider.disconnect();
    edit(a.doc, 'a', 3000);
    edit(b.doc, 'b', 3000);
    expect(a.doc.getText('t').toString()).not.toBe(b.doc.getText('t').toString());

    a.provider.connect();
    b.provider.connect();
    await waitFor(() => converged([a.doc, b.doc]), 'both converge after reconnecting', 60_000);
    const text = a.doc.getText('t').toString();
    expect(text).toMatch(/a\d/);
    expect(text).toMatch(/b\d/);
    expect(text).toContain('shared');

    // Both sides' offline work was acknowledged, and the stored log holds exactly the merged state.
    for (const c of [a, b]) {
      await waitFor(
        () => (c.acked.get(c.doc.clientID) ?? 0) === Y.getState(c.doc.store, c.doc.clientID),
        'offline edits acknowledged',
      );
    }
    const stored = await readStoredRoom(relay.dataDir, ROOM);
    expect(stored.doc.getText('t').toString()).toBe(text);
  });
});
