import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import type { RelayHandle } from './support/relayProcess.ts';
import { signWithRelayKey } from './support/cli.ts';
import { connectClient, rawClient, roomUrl, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { CommenterClient } from './support/commenterClient.ts';
import { waitFor } from './support/wait.ts';
import { syncUpdateFrame } from '../../server/relay/frames.ts';
import { decodeTokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { documentSchema } from '../../shared/schema/schema.ts';

const WS = 'ws-roles-tests';
const ROOM = `${WS}/doc-review`;
const BODY = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The forum should act now.' }] }],
};
let relay: RelayHandle;
let editorToken: string;
let commenterToken: string;
/** The commenter's member id: their token's id, which their app writes as author. */
let ana: string;
const clients: SyncClient[] = [];

beforeAll(async () => {
  relay = await spawnRelay();
  editorToken = signWithRelayKey(relay.dataDir, { ws: WS });
  commenterToken = signWithRelayKey(relay.dataDir, { ws: WS, role: 'commenter' });
  ana = decodeTokenPayload(commenterToken)!.id;
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await cleanupRelays();
});

function connect(token: string, ack = true): SyncClient {
  const client = connectClient(relay.url, ROOM, token, { ack, doc: new Y.Doc({ gc: false }) });
  clients.push(client);
  return client;
}

const bodyXml = (doc: Y.Doc) => doc.getXmlFragment('body').toString();
const isAcked = (c: SyncClient) => c.acked.get(c.doc.clientID) === Y.getState(c.doc.store, c.doc.clientID);

/** A patched commenter: sends a change made on a copy of `source` as a raw sync update; resolves with the close. */
async function patchedWrite(source: Y.Doc, change: (doc: Y.Doc) => void): Promise<{ code: number; reason: string }> {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  const before = Y.encodeStateVector(copy);
  change(copy);
  // What the change added, with the delete set: what a patched app would send.
  const update = Y.diffUpdate(Y.encodeStateAsUpdate(copy), before);
  const raw = rawClient(roomUrl(relay.url, ROOM, { token: commenterToken }));
  await raw.opened;
  raw.send(syncUpdateFrame(update));
  return raw.closed;
}

describe('commenters on the relay', () => {
  let editor: SyncClient;
  let commenter: SyncClient;

  it("a commenter's comment and suggestion reach the editor and are acknowledged", async () => {
    editor = connect(editorToken);
    await waitSynced(editor);
    prosemirrorJSONToYXmlFragment(documentSchema(), BODY, editor.doc.getXmlFragment('body'));
    editor.doc.getMap('meta').set('title', 'Statement');
    await waitFor(() => isAcked(editor), 'editor text stored');

    commenter = connect(commenterToken);
    await waitSynced(commenter);
    await waitFor(() => bodyXml(commenter.doc).includes('act now'), 'commenter has the text');
    // What the app writes for every member on opening: attribution (who wrote what).
    expect(commenter.role).toBe('commenter');
    new Y.PermanentUserData(commenter.doc).setUserMapping(commenter.doc, commenter.doc.clientID, ana);
    commenter.doc.getMap('people').set(ana, { name: 'Ana', colour: '#b03060' });
    const app = new CommenterClient(commenter.doc, { attach: true });
    app.suggest((s) => s.tr.insertText('decisively ', 18));
    app.suggest((s) => s.tr.delete(33, 36));
    commenter.doc.transact(() => {
      commenter.doc
        .getMap('suggestions')
        .set('s-1', { authorId: ana, authorName: 'Ana', colour: '#b03060', createdAt: '2026-05-04T10:00:00Z' });
      const thread = new Y.Map<unknown>();
      const message = new Y.Map<unknown>([
        ['id', 'm-1'],
        ['authorId', ana],
        ['authorName', 'Ana'],
        ['text', 'Which forum?'],
      ]);
      thread.set('id', 'c-1');
      thread.set('authorId', ana);
      thread.set('messages', Y.Array.from([message]));
      commenter.doc.getMap('comments').set('c-1', thread);
    });
    await waitFor(
      () => editor.doc.getMap('comments').has('c-1') && bodyXml(editor.doc).includes('decisively'),
      'editor receives both',
    );
    expect(bodyXml(editor.doc)).toBe(bodyXml(commenter.doc));
    expect(bodyXml(editor.doc)).toMatch(/<insertion id="[^"]+">decisively <\/insertion>/);
    expect(bodyXml(editor.doc)).toMatch(/<deletion id="[^"]+">now<\/deletion>/);
    await waitFor(() => isAcked(commenter), "commenter's changes acknowledged as stored");
    expect(commenter.closeCodes).toEqual([]);
    expect(editor.doc.getMap('people').get(ana)).toMatchObject({ name: 'Ana' });
  });

  it("a commenter's library entry (workspace index) is declined like a viewer's, without closing", async () => {
    const index = connectClient(relay.url, WS, commenterToken, { doc: new Y.Doc(), ack: true });
    clients.push(index);
    await waitSynced(index);
    index.doc.getMap('documents').set('doc-review', { title: 'Written by a commenter' });
    const editorIndex = connectClient(relay.url, WS, editorToken, { ack: true });
    clients.push(editorIndex);
    await waitSynced(editorIndex);
    editorIndex.doc.getMap('documents').set('doc-other', { title: 'Written by an editor' });
    await waitFor(() => index.doc.getMap('documents').has('doc-other'), 'commenter receives the index');
    expect(editorIndex.doc.getMap('documents').has('doc-review')).toBe(false);
    expect(index.closeCodes).toEqual([]);
    // Declined explicitly, so that its app stops counting the change as waiting.
    await waitFor(
      () => index.declined.get(index.doc.clientID) === Y.getState(index.doc.store, index.doc.clientID),
      'the commenter is told its library change was declined',
    );
  });

  it('a viewer holding what others wrote is told the relay stores it, so its app has nothing waiting', async () => {
    // What the viewer's app downloaded earlier (the background sync): the editor's document, held before connecting.
    const doc = new Y.Doc({ gc: false });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(editor.doc));
    const writers = [...Y.decodeStateVector(Y.encodeStateVector(doc))];
    expect(writers.length).toBeGreaterThan(0);
    const viewer = connectClient(relay.url, ROOM, signWithRelayKey(relay.dataDir, { ws: WS, role: 'viewer' }), {
      ack: true,
      doc,
    });
    clients.push(viewer);
    await waitSynced(viewer);
    await waitFor(
      () => writers.every(([client, clock]) => (viewer.acked.get(client) ?? 0) >= clock),
      'the viewer is told the relay durably holds every writer’s changes it has',
    );
    expect(viewer.closeCodes).toEqual([]);
  });

  it("a patched commenter's direct writes are refused whole, closed with 4406, and nothing is stored", async () => {
    const plain = await patchedWrite(editor.doc, (d) =>
      ((d.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'EVIL '),
    );
    expect(plain).toEqual({
      code: 4406,
      reason: 'change refused: edit-text: changes the text directly, not as a suggestion',
    });
    const deletion = await patchedWrite(editor.doc, (d) =>
      ((d.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText).delete(0, 4),
    );
    expect(deletion.code).toBe(4406);
    const meta = await patchedWrite(editor.doc, (d) => d.getMap('meta').set('title', 'Hijacked'));
    expect(meta).toEqual({ code: 4406, reason: 'change refused: edit-title: changes "meta"' });
    // A type name the reason quotes cannot break the close frame (WebSocket reasons are 123 bytes at most).
    const named = await patchedWrite(editor.doc, (d) => d.getText('名前'.repeat(60)).insert(0, 'x'));
    expect(named.code).toBe(4406);
    expect(Buffer.byteLength(named.reason)).toBeLessThanOrEqual(123);
    // A comment bundled with a text change does not get through either: the update is refused as a whole.
    const mixed = await patchedWrite(editor.doc, (d) => {
      d.getMap('comments').set('c-evil', new Y.Map());
      ((d.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'EVIL ');
    });
    expect(mixed.code).toBe(4406);
    // A patched app's stock provider that types directly is closed and stops reconnecting.
    const patched = connect(commenterToken);
    await waitSynced(patched);
    ((patched.doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'TYPED ');
    await waitFor(() => patched.closeCodes.includes(4406), 'patched provider closed with 4406');
    expect(relay.output()).toMatch(/closed \S+ ws-roles-tests\/doc-review \(\S+\): 4406 change refused: edit-text/);
  });

  it('an editor is unaffected, and after a restart the stored document has exactly the allowed changes', async () => {
    ((editor.doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(
      0,
      'Editors write directly. ',
    );
    await waitFor(
      () => bodyXml(commenter.doc).startsWith('<paragraph>Editors write directly.'),
      'commenter receives the editor text',
    );
    // The relay's copy for checking commenters caught up with the editor: a suggestion in the new text passes.
    new CommenterClient(commenter.doc, { attach: true }).suggest((s) => s.tr.insertText('Also: ', 9));
    await waitFor(() => bodyXml(editor.doc).includes('Editors <insertion'), 'editor receives the later suggestion');
    expect(commenter.closeCodes).toEqual([]);
    await waitFor(() => isAcked(editor) && isAcked(commenter), 'everything stored');
    const expected = bodyXml(editor.doc);
    await relay.stop();
    relay = await spawnRelay({ dataDir: relay.dataDir });
    const reader = connectClient(relay.url, ROOM, editorToken, { doc: new Y.Doc({ gc: false }) });
    clients.push(reader);
    await waitSynced(reader);
    await waitFor(() => bodyXml(reader.doc) === expected, 'stored body matches the editor');
    for (const evil of ['EVIL', 'TYPED', 'Hijacked'])
      expect(bodyXml(reader.doc) + JSON.stringify(reader.doc.getMap('meta').toJSON())).not.toContain(evil);
    expect(reader.doc.getMap('meta').get('title')).toBe('Statement');
    expect(reader.doc.getMap('comments').has('c-1')).toBe(true);
    expect(reader.doc.getMap('comments').has('c-evil')).toBe(false);
    expect(reader.doc.getMap('suggestions').get('s-1')).toMatchObject({ authorName: 'Ana' });
  });
});
