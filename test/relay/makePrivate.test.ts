import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../shared/protocol/membersApi.ts';
import { CLOSE_MADE_PRIVATE } from '../../shared/protocol/closeCodes.ts';
import { newId } from '../../shared/ids.ts';
import { sha256Hex } from '../../shared/images/blobHash.ts';
import { KeyRing, newEpochKey } from '../../shared/sealed/epochKeys.ts';
import { inviteViaCli } from './support/cli.ts';
import { connectClient, converged, rawClient, roomUrl, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { sealedClient, waitSealedSaved } from './support/sealedClient.ts';
import type { SealedClient } from './support/sealedClient.ts';
import { readStoredRoom } from './support/storage.ts';
import { makePng } from '../fixtures/images.ts';
import { waitFor } from './support/wait.ts';

// Making a shared workspace private in place (docs/private-workspaces.md), against a real relay
// process: an owner's call closes the ordinary rooms for good (4410), their rows and plain images
// leave the SQLite files, and the sealed rooms beside them work on.
let relay: RelayHandle;
const plain: SyncClient[] = [];
const sealed: SealedClient[] = [];
beforeAll(async () => {
  relay = await spawnRelay();
});
afterAll(async () => {
  for (const c of plain) c.destroy();
  for (const c of sealed) await c.destroy();
  await cleanupRelays();
});

const BEFORE = 'wombatbeforeprivate';

function connect(room: string, token: string): SyncClient {
  const client = connectClient(relay.url, room, token, { ack: true });
  plain.push(client);
  return client;
}

function makePrivate(ws: string, token: string): Promise<Response> {
  return fetch(`${relay.httpUrl}${apiPath(ws, 'private')}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
}

/** Every byte of the relay's data folder (both SQLite databases and their WAL files). */
function dataFolderBytes(): Buffer {
  const files = fs.readdirSync(relay.dataDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Buffer.concat(files.map((e) => fs.readFileSync(path.join(e.parentPath, e.name))));
}

describe('making a shared workspace private', () => {
  it('closes and deletes its ordinary rooms and images, refuses them from then on, keeps its sealed rooms', async () => {
    const ws = `ws-${newId()}`;
    const room = `${ws}/doc-before`;
    const owner = await inviteViaCli(relay.dataDir, ws, 'editor');
    const member = await inviteViaCli(relay.dataDir, ws, 'editor');
    const a = connect(room, owner);
    await waitFor(() => a.role === 'owner', 'the first editor owns the workspace');
    const b = connect(room, member);
    await waitSynced(b);
    a.doc.getText('t').insert(0, BEFORE);
    await waitFor(() => converged([a.doc, b.doc]), 'the member received the text');
    const index = connect(ws, owner);
    index.doc.getMap('documents').set('doc-before', 'listed');
    const png = makePng(8, 8);
    const hash = await sha256Hex(png);
    const put = await fetch(`${relay.httpUrl}/blobs/${ws}/${hash}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${owner}`, 'content-length': String(png.length) },
      body: png as Uint8Array<ArrayBuffer>,
    });
    expect(put.status).toBe(201);
    await waitFor(async () => (await readStoredRoom(relay.dataDir, room)).rows > 0, 'the text is stored');
    await waitFor(async () => (await readStoredRoom(relay.dataDir, ws)).rows > 0, 'the index is stored');

    // A sealed room beside them, written before the call.
    const key = newEpochKey(0);
    const s1 = await sealedClient(relay.url, room, owner, new KeyRing(ws, [key]));
    sealed.push(s1);
    s1.doc.getText('t').insert(0, 'sealed before');
    await waitSealedSaved(s1);

    // Only an owner may make it private.
    expect((await makePrivate(ws, member)).status).toBe(403);
    expect(b.closeCodes).not.toContain(CLOSE_MADE_PRIVATE);
    expect((await makePrivate('bad id!', owner)).status).toBe(400);

    const made = await makePrivate(ws, owner);
    expect(made.status).toBe(204);
    // Both connected plain clients are told, with the code of its own, and do not reconnect.
    await waitFor(() => b.closeCodes.includes(CLOSE_MADE_PRIVATE), 'the member is told the workspace is private');
    await waitFor(() => a.closeCodes.includes(CLOSE_MADE_PRIVATE), 'the owner is told too');
    await waitFor(() => index.closeCodes.includes(CLOSE_MADE_PRIVATE), 'the index connection is closed too');
    expect(b.provider.shouldConnect && b.provider.wsconnected).toBe(false);

    // The plain rows and the plain image are gone from the files: not in a row, a free page or the WAL.
    expect((await readStoredRoom(relay.dataDir, room)).rows).toBe(0);
    expect((await readStoredRoom(relay.dataDir, ws)).rows).toBe(0);
    const kept = dataFolderBytes();
    expect(kept.includes(BEFORE), 'the text typed before').toBe(false);
    expect(kept.includes(Buffer.from(png)), 'the plain image').toBe(false);
    expect(kept.includes(ws), 'control: the files name the workspace').toBe(true);
    const gone = await fetch(`${relay.httpUrl}/blobs/${ws}/${hash}`, { headers: { authorization: `Bearer ${owner}` } });
    expect(gone.status).toBe(410);

    // From then on /sync/<ws>… is refused with the same code, the index too.
    for (const name of [room, ws, `${ws}/doc-other`]) {
      const late = rawClient(roomUrl(relay.url, name, { token: member }));
      expect((await late.closed).code).toBe(CLOSE_MADE_PRIVATE);
    }
    // Plain uploads are refused.
    const again = await fetch(`${relay.httpUrl}/blobs/${ws}/${hash}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${owner}`, 'content-length': String(png.length) },
      body: png as Uint8Array<ArrayBuffer>,
    });
    expect(again.status).toBe(410);

    // The sealed room works on: its earlier record is still there, a newcomer reads it and co-edits.
    const s2 = await sealedClient(relay.url, room, member, new KeyRing(ws, [key]));
    sealed.push(s2);
    await waitFor(() => s2.doc.getText('t').toString() === 'sealed before', 'the sealed record survived');
    s2.doc.getText('t').insert(0, 'after ');
    await waitFor(() => s1.doc.getText('t').toString() === 'after sealed before', 'sealed co-editing goes on');

    // Repeating the call is harmless; a token of another workspace is refused.
    expect((await makePrivate(ws, owner)).status).toBe(204);
    const stranger = await inviteViaCli(relay.dataDir, `ws-${newId()}`, 'editor');
    expect((await makePrivate(ws, stranger)).status).toBe(403);
    expect(relay.output()).toContain(`workspace ${ws} is private`);
  });

  it('another relay instance on the same database closes its open ordinary connections and deletes their rows', async () => {
    const other = await spawnRelay({ dataDir: relay.dataDir, env: { CONCORD_RELAY_TOKEN_RECHECK_MS: '200' } });
    const ws = `ws-${newId()}`;
    const room = `${ws}/doc-elsewhere`;
    const owner = await inviteViaCli(relay.dataDir, ws, 'editor');
    const a = connect(room, owner);
    await waitFor(() => a.role === 'owner', 'the first editor owns the workspace');
    // Bruno is connected to the other instance, which knows nothing of the call made here.
    const b = connectClient(other.url, room, await inviteViaCli(relay.dataDir, ws, 'editor'), { ack: true });
    plain.push(b);
    await waitSynced(b);
    b.doc.getText('t').insert(0, 'elsewhereword');
    await waitFor(async () => (await readStoredRoom(relay.dataDir, room)).rows > 0, 'the text is stored');
    expect((await makePrivate(ws, owner)).status).toBe(204);
    await waitFor(() => b.closeCodes.includes(CLOSE_MADE_PRIVATE), "the other instance's sweep closes Bruno");
    await waitFor(
      async () => (await readStoredRoom(relay.dataDir, room)).rows === 0,
      'what the other instance stored is deleted too',
    );
    const late = rawClient(roomUrl(other.url, room, { token: owner }));
    expect((await late.closed).code).toBe(CLOSE_MADE_PRIVATE);
  });
});
