import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { cleanupRelays } from '../support/relayProcess.ts';
import type { RelayHandle } from '../support/relayProcess.ts';
import { signWithRelayKey } from '../support/cli.ts';
import { connectClient, rawClient, roomUrl, waitSynced } from '../support/clients.ts';
import type { SyncClient } from '../support/clients.ts';
import { growth, relayMemory, spawnMeasuredRelay } from '../support/memory.ts';
import { waitFor } from '../support/wait.ts';
import { syncUpdateFrame } from '../../../server/relay/frames.ts';
import { decodeTokenPayload } from '../../../shared/protocol/tokenPayload.ts';
import { documentSchema } from '../../../shared/schema/schema.ts';
import { createThread, deleteMessage, reply } from '../../../shared/review/comments.ts';
import { readPeople, recordPerson } from '../../../shared/review/people.ts';

// Finding 7 of issue 12 against a real relay process: a commenter who patches their app to rewrite
// other members' names and comments is refused every time, changes nothing anyone sees, and the
// relay holds no more memory afterwards; their own comments still go through.
const WS = 'ws-commenter-rewrite';
const ROOM = `${WS}/doc-rewrite`;
const BODY = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Act now.' }] }] };
const anchor = { anchorFrom: null, anchorTo: null, quote: 'Act' };
let relay: RelayHandle;
let commenterToken: string;
let ben: { id: string; name: string; colour: string };
let ana: { id: string; name: string; colour: string };
let editor: SyncClient;
let thread: string;

beforeAll(async () => {
  relay = await spawnMeasuredRelay();
  const editorToken = signWithRelayKey(relay.dataDir, { ws: WS });
  commenterToken = signWithRelayKey(relay.dataDir, { ws: WS, role: 'commenter' });
  ben = { id: decodeTokenPayload(editorToken)!.id, name: 'Ben', colour: '#0000aa' };
  ana = { id: decodeTokenPayload(commenterToken)!.id, name: 'Ana', colour: '#aa0000' };
  editor = connectClient(relay.url, ROOM, editorToken, { ack: true, doc: new Y.Doc({ gc: false }) });
  await waitSynced(editor);
  prosemirrorJSONToYXmlFragment(documentSchema(), BODY, editor.doc.getXmlFragment('body'));
  recordPerson(editor.doc, ben);
  thread = createThread(editor.doc, ben, { ...anchor, text: 'Too short?' });
  const clock = Y.getState(editor.doc.store, editor.doc.clientID);
  await waitFor(() => editor.acked.get(editor.doc.clientID) === clock, 'the editor’s thread stored');
});
afterAll(async () => {
  editor.destroy();
  await cleanupRelays();
});

const messages = (doc: Y.Doc) =>
  (doc.getMap('comments').get(thread) as Y.Map<unknown>).get('messages') as Y.Array<Y.Map<unknown>>;

/** A patched commenter app: sends `change` made on a copy of the room as a raw update; resolves with its close. */
async function rewrite(change: (doc: Y.Doc) => void): Promise<{ code: number; reason: string }> {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(editor.doc));
  const before = Y.encodeStateVector(copy);
  change(copy);
  const raw = rawClient(roomUrl(relay.url, ROOM, { token: commenterToken }));
  await raw.opened;
  raw.send(syncUpdateFrame(Y.diffUpdate(Y.encodeStateAsUpdate(copy), before)));
  return raw.closed;
}

describe('commenter rewrite', () => {
  it('renaming others and rewriting or deleting their comments, 300 times, is refused and leaves memory where it was', async () => {
    const rewrites: Array<(d: Y.Doc) => void> = [
      (d) => recordPerson(d, { ...ben, name: 'Mallory' }),
      (d) => messages(d).get(0).set('text', 'Rewritten by Ana'),
      (d) => deleteMessage(d, thread, messages(d).get(0).get('id') as string, ben),
      (d) => reply(d, thread, ben, { text: 'Ben agrees' }),
      (d) => d.getMap('comments').delete(thread),
    ];
    const stateBefore = Y.encodeStateVector(editor.doc).toString();
    // The first loads the review check (the document schema, so Tiptap): measured from after it.
    expect((await rewrite(rewrites[0]!)).code).toBe(4406);
    const before = await relayMemory(relay);
    const codes = new Set<number>();
    for (let round = 0; round < 60; round++) {
      const closes = await Promise.all(rewrites.map(rewrite));
      for (const close of closes) codes.add(close.code);
    }
    expect([...codes]).toEqual([4406]);
    // Each patched app has seen its close; the relay lets go of a socket once the closing handshake ends.
    await waitFor(
      async () => (await relayMemory(relay)).connections === before.connections,
      'the refused sockets closed on the relay too',
    );
    const after = await relayMemory(relay);
    const grew = growth(before, after);
    console.log(`commenter rewrite, 300 refused updates: ${grew.text}`);
    expect(grew.heap).toBeLessThan(8);

    // Nothing reached the editor: Ben's name and message are his, and the relay sent nothing new.
    expect(Y.encodeStateVector(editor.doc).toString()).toBe(stateBefore);
    expect(readPeople(editor.doc).get(ben.id)?.name).toBe('Ben');
    expect(messages(editor.doc).get(0).get('text')).toBe('Too short?');

    // Ana's own reply, through an honest connection, still arrives.
    const honest = connectClient(relay.url, ROOM, commenterToken, { ack: true, doc: new Y.Doc({ gc: false }) });
    await waitSynced(honest);
    reply(honest.doc, thread, ana, { text: 'Longer, yes.' });
    await waitFor(() => messages(editor.doc).length === 2, 'Ana’s reply reaches Ben');
    expect(messages(editor.doc).get(1).get('text')).toBe('Longer, yes.');
    expect(honest.closeCodes).toEqual([]);
    honest.destroy();
  });
});
