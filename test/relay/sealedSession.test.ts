import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { KeyRing, newEpochKey } from '../../shared/sealed/epochKeys.ts';
import { decodeSealedMessage, encodeSealedMessage, SEALED_PATH } from '../../shared/protocol/sealedMessages.ts';
import { readSession } from '../../shared/sealedSync/sealedSession.ts';
import type { SealedSession } from '../../shared/sealedSync/sealedSession.ts';
import { signWithRelayKey } from './support/cli.ts';
import { converged, rawClient } from './support/clients.ts';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { sealedClient, waitSealedSaved } from './support/sealedClient.ts';
import type { SealedClient } from './support/sealedClient.ts';
import { readSealedRows } from './support/storage.ts';
import { waitFor } from './support/wait.ts';

// An app restart in a private workspace (docs/private-workspaces.md, “The session state”): the
// session persisted with the document lets the client read only the log's tail, refuse what the
// relay replays from before the restart, and send its outbox without anything applied twice.

const WS = 'ws-private-session';
const key = newEpochKey(0);
const ring = () => new KeyRing(WS, [key]);
let relay: RelayHandle;
const clients: SealedClient[] = [];

beforeAll(async () => {
  relay = await spawnRelay();
});
afterAll(async () => {
  for (const c of clients) await c.destroy();
  await cleanupRelays();
});

async function editor(room: string, options: { doc?: Y.Doc; session?: SealedSession } = {}): Promise<SealedClient> {
  const token = signWithRelayKey(relay.dataDir, { ws: WS, role: 'editor' });
  const c = await sealedClient(relay.url, room, token, ring(), undefined, options);
  clients.push(c);
  return c;
}

/** Quits the app: what it keeps on disk is the document's state and the session, read back as the app does. */
async function quit(c: SealedClient): Promise<{ doc: Y.Doc; session: SealedSession }> {
  const session = structuredClone(c.sync.session());
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(c.doc));
  await c.destroy();
  clients.splice(clients.indexOf(c), 1);
  const read = readSession(session, session.room);
  if (!read.ok) throw new Error(`the session did not read back: ${read.reason}`);
  return { doc, session: read.session };
}

/** Types `n` words, one update (one sealed record) each. */
function type(c: SealedClient, n: number, prefix: string): void {
  for (let i = 0; i < n; i++) c.doc.getText('t').insert(c.doc.getText('t').length, `${prefix}${i} `);
}

const appends = (c: SealedClient) => c.sent.filter((f) => decodeSealedMessage(f).type === 'append').length;
const occurrences = (c: SealedClient, word: string) => c.doc.getText('t').toString().split(word).length - 1;

describe('a private document’s session survives an app restart', () => {
  it('reads only the tail after a restart, and sends nothing again', async () => {
    const room = `${WS}/doc-tail`;
    const a = await editor(room);
    type(a, 60, 'before');
    const b = await editor(room);
    await waitFor(() => converged([a.doc, b.doc]), 'b read the log');
    await Promise.all([waitSealedSaved(a), waitSealedSaved(b)]);
    expect(b.received.records).toBe(60);

    const kept = await quit(b);
    type(a, 5, 'after');
    await waitSealedSaved(a);
    const tailBytes = (await readSealedRows(relay.dataDir, room)).slice(-5).reduce((n, r) => n + r.length, 0);

    const restarted = await editor(room, kept);
    await waitFor(() => converged([a.doc, restarted.doc]), 'the restarted client has the new words');
    await waitSealedSaved(restarted);
    expect(restarted.received).toMatchObject({ records: 5, snapshots: 0 });
    // Each record frame is the stored row (record, role, member) and a few bytes of framing.
    expect(restarted.received.bytes).toBeLessThan(tailBytes + 5 * 16);
    expect(appends(restarted)).toBe(0);
    expect(restarted.refused).toEqual([]);

    // Control: without its session, the same client reads the whole log again.
    const cold = await editor(room, { doc: kept.doc });
    await waitSealedSaved(cold);
    expect(cold.received.records).toBe(65);
  });

  it('reports a record the relay replays from before the restart and never applies it', async () => {
    const room = `${WS}/doc-replay`;
    const a = await editor(room);
    type(a, 3, 'seen');
    const b = await editor(room);
    await waitFor(() => converged([a.doc, b.doc]), 'b read the log');
    await Promise.all([waitSealedSaved(a), waitSealedSaved(b)]);
    const old = b.received.frames.map(decodeSealedMessage).find((m) => m.type === 'record');
    if (old?.type !== 'record') throw new Error('b received no record');

    const kept = await quit(b);
    const withoutGuard = { doc: new Y.Doc({ gc: false }), session: { ...kept.session, applied: [] } };
    Y.applyUpdate(withoutGuard.doc, Y.encodeStateAsUpdate(kept.doc));
    const restarted = await editor(room, kept);
    const control = await editor(room, withoutGuard);
    await Promise.all([waitSealedSaved(restarted), waitSealedSaved(control)]);
    let applied = 0;
    restarted.doc.on('update', () => applied++);

    // The relay (here a socket holding an editor's token: the relay labels and numbers it) serves
    // the old record again as a new one.
    const raw = rawClient(`${relay.url}${SEALED_PATH}/${room}?token=${signWithRelayKey(relay.dataDir, { ws: WS })}`);
    await raw.opened;
    raw.send(encodeSealedMessage({ type: 'append', record: old.record }));
    await waitFor(() => restarted.received.records === 1 && control.received.records === 1, 'the replay arrives');
    expect(restarted.refused.map((e) => e.failure)).toEqual(['replayed']);
    expect(applied).toBe(0);
    // A client restarted without the replay guard takes it as new (Yjs ignores its content here).
    expect(control.refused).toEqual([]);
    raw.ws.close();
    await raw.closed;
  });

  it('sends its outbox after a restart, and every edit is applied exactly once on the other replica', async () => {
    const room = `${WS}/doc-outbox`;
    const a = await editor(room);
    const b = await editor(room);
    type(a, 2, 'shared');
    await waitFor(() => converged([a.doc, b.doc]), 'both have the start');
    await Promise.all([waitSealedSaved(a), waitSealedSaved(b)]);
    const rowsBefore = (await readSealedRows(relay.dataDir, room)).length;

    // Written offline: never sent before the app quits.
    await b.disconnect();
    type(b, 3, 'offlineword');
    expect(b.sync.pending).toBe(3);
    const offline = await quit(b);
    expect(offline.session.outbox).toHaveLength(3);

    // Sent, stored by the relay, but the app quit before the acks came back.
    const c = await editor(room);
    await waitSealedSaved(c);
    type(c, 2, 'acklostword');
    const inFlight = await quit(c);
    expect(inFlight.session.outbox).toHaveLength(2);
    await waitFor(() => occurrences(a, 'acklostword') === 2, 'the relay stored what c sent');

    const [b2, c2] = [await editor(room, offline), await editor(room, inFlight)];
    await Promise.all([waitSealedSaved(b2), waitSealedSaved(c2)]);
    await waitFor(() => converged([a.doc, b2.doc, c2.doc]), 'every replica has every edit');
    for (let i = 0; i < 3; i++) expect(occurrences(a, `offlineword${i} `)).toBe(1);
    // b's three records sent once after the restart; c's two taken as stored, not sent again.
    expect([appends(b2), appends(c2)]).toEqual([3, 0]);
    expect((await readSealedRows(relay.dataDir, room)).length).toBe(rowsBefore + 5);
    for (const r of [a, b2, c2]) expect(r.refused).toEqual([]);
  });
});
