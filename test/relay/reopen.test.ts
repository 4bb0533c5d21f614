import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cleanupRelays } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { signWithRelayKey } from './support/cli.ts';
import { connectClient, converged, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { relayMemory, spawnMeasuredRelay } from './support/memory.ts';
import { readStoredRoom } from './support/storage.ts';
import { waitFor } from './support/wait.ts';

// Reopening a compacted document: answered from its stored bytes and summary (no Y.Doc built for a
// member who has it all), while whatever a member brings that the relay lacks is still applied.

const WS = 'ws-reopen';
const clients: SyncClient[] = [];
afterAll(async () => {
  for (const c of clients) c.destroy();
  await cleanupRelays();
});

function connect(relay: RelayHandle, room: string, doc?: Y.Doc): SyncClient {
  const client = connectClient(relay.url, room, signWithRelayKey(relay.dataDir, { ws: WS }), { ack: true, doc });
  clients.push(client);
  return client;
}

/** A document with insertions and deletions, written through the relay, acknowledged, then unloaded (and so compacted). */
async function storedDocument(relay: RelayHandle, room: string): Promise<Y.Doc> {
  const writer = connect(relay, room);
  await waitSynced(writer);
  const text = writer.doc.getText('t');
  for (let i = 0; i < 100; i++) text.insert(i, `${i % 10}`);
  text.delete(10, 20);
  text.delete(40, 5);
  const me = writer.doc.clientID;
  await waitFor(() => writer.acked.get(me) === Y.getState(writer.doc.store, me), 'all acknowledged');
  writer.provider.disconnect();
  await waitFor(async () => (await relayMemory(relay)).rooms === 0, 'idle document unloaded');
  // The compaction on unloading commits after the room left memory.
  await waitFor(async () => (await readStoredRoom(relay.dataDir, room)).rows === 1, 'compacted to one row');
  return writer.doc;
}

/** Waits until the relay has handled everything `from` sent so far: its presence reached `to`. */
async function handledSoFar(from: SyncClient, to: SyncClient, mark: number): Promise<void> {
  from.provider.awareness.setLocalStateField('mark', mark);
  await waitFor(() => to.provider.awareness.getStates().get(from.doc.clientID)?.mark === mark, 'presence relayed');
}

describe('reopening a compacted document', () => {
  it('a member who has it all is answered without the relay building the document; an edit then goes through', async () => {
    const relay = await spawnMeasuredRelay({ env: { CONCORD_RELAY_IDLE_UNLOAD_MS: '100' } });
    const room = `${WS}/doc-whole01`;
    const doc = await storedDocument(relay, room);
    const reader = connect(relay, room);
    await waitSynced(reader);
    const member = connect(relay, room, doc);
    await waitSynced(member);
    // The member's answer to the relay's sync step 1 (its deletions, all known) came before this mark.
    await handledSoFar(member, reader, 1);
    expect(reader.doc.getText('t').toString()).toBe(doc.getText('t').toString());
    expect((await relayMemory(relay)).documentsBuilt).toBe(0);

    doc.getText('t').insert(0, 'new ');
    await waitFor(() => reader.doc.getText('t').toString().startsWith('new '), 'the edit reached the reader');
    expect((await relayMemory(relay)).documentsBuilt).toBe(1);
    const me = doc.clientID;
    await waitFor(() => member.acked.get(me) === Y.getState(doc.store, me), 'the edit acknowledged');
  });

  it('a deletion made offline by a member reaches the others and is stored', async () => {
    const relay = await spawnMeasuredRelay({ env: { CONCORD_RELAY_IDLE_UNLOAD_MS: '100' } });
    const room = `${WS}/doc-delete01`;
    const doc = await storedDocument(relay, room);
    // Offline: a deletion only (no new text), so the member's answer is a delete set the relay lacks.
    doc.getText('t').delete(0, 3);
    const reader = connect(relay, room);
    await waitSynced(reader);
    const member = connect(relay, room, doc);
    await waitSynced(member);
    await waitFor(() => converged([reader.doc, doc]), 'the deletion reached the reader');
    reader.destroy();
    member.destroy();
    await waitFor(async () => (await relayMemory(relay)).rooms === 0, 'document unloaded');
    expect((await readStoredRoom(relay.dataDir, room)).doc.getText('t').toString()).toBe(doc.getText('t').toString());
  });
});
