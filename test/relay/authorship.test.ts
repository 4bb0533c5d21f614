import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ReviewGate } from '../../shared/review/commenterCheck/reviewGate.ts';
import { createThread, deleteMessage, editMessage, reply, setResolved } from '../../shared/review/comments.ts';
import { recordPerson } from '../../shared/review/people.ts';
import { recordSuggestion } from '../../shared/review/suggestionMeta.ts';
import { writeMeta } from '../../shared/model/documentMeta.ts';
import type { Refusal } from '../../shared/protocol/refusal.ts';
import { CommenterClient, roomDoc } from './support/commenterClient.ts';

// Finding 7 of issue 12: the relay binds a commenter's writes to the member id of their token.
const ANA = { id: 'member-ana', name: 'Ana', colour: '#aa0000' };
const BEN = { id: 'member-ben', name: 'Ben', colour: '#0000aa' };
const BODY = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Act now.' }] }] };
const anchor = { anchorFrom: null, anchorTo: null, quote: 'Act' };

/** A room whose document holds a thread by Ben (an editor) and Ben's name; Ana comments. */
function setup(status: 'draft' | 'final' = 'draft') {
  const room = roomDoc(BODY);
  const thread = createThread(room, BEN, { ...anchor, text: 'Too short?' });
  recordPerson(room, BEN);
  if (status !== 'draft') writeMeta(room, { status });
  const gate = new ReviewGate(room);
  /** Ana's app makes `change` on its copy; what the relay says of the update. */
  const ana = (change: (doc: Y.Doc) => void): Refusal | null => {
    const update = new CommenterClient(room).raw(change);
    const refusal = gate.check(update, { role: 'commenter', member: ANA.id });
    if (refusal === null) gate.apply(update, 'ana');
    return refusal;
  };
  const benMessage = (doc: Y.Doc) => messagesOf(doc, thread).get(0);
  return { room, thread, ana, benMessage };
}

describe("a commenter's own comments, replies and name", () => {
  it('opens threads, replies, edits and deletes their own messages, resolves anyone’s thread', () => {
    const { room, thread, ana } = setup();
    let mine = '';
    expect(ana((d) => (mine = createThread(d, ANA, { ...anchor, text: 'Which States?' })))).toBeNull();
    expect(ana((d) => reply(d, thread, ANA, { text: 'Agreed, longer.' }))).toBeNull();
    const myReply = () =>
      ((room.getMap('comments').get(thread) as Y.Map<unknown>).get('messages') as Y.Array<Y.Map<unknown>>)
        .get(1)
        .get('id') as string;
    expect(ana((d) => editMessage(d, thread, myReply(), ANA, { text: 'Agreed: longer.' }))).toBeNull();
    expect(ana((d) => deleteMessage(d, thread, myReply(), ANA))).toBeNull();
    expect(ana((d) => setResolved(d, thread, true, ANA))).toBeNull();
    expect(ana((d) => setResolved(d, mine, true, ANA))).toBeNull();
    expect(ana((d) => recordPerson(d, ANA))).toBeNull();
    expect(ana((d) => recordPerson(d, { ...ANA, name: 'Ana O.' }))).toBeNull();
    expect(ana((d) => recordSuggestion(d, 'sugg-1', ANA))).toBeNull();
    expect((room.getMap('comments').get(thread) as Y.Map<unknown>).get('resolved')).toBe(true);
  });
});

describe("nothing of anyone else's", () => {
  const refusals: Array<[string, (d: Y.Doc, s: ReturnType<typeof setup>) => void]> = [
    ["edits another member's message", (d, s) => s.benMessage(d).set('text', 'Rewritten by Ana')],
    [
      "deletes another member's message",
      (d, s) => deleteMessage(d, s.thread, s.benMessage(d).get('id') as string, BEN),
    ],
    ['removes a message from the thread', (d, s) => messagesOf(d, s.thread).delete(0, 1)],
    ["replaces another member's thread", (d, s) => createThreadAt(d, s.thread)],
    [
      "moves another member's thread",
      (d, s) => (d.getMap('comments').get(s.thread) as Y.Map<unknown>).set('quote', 'elsewhere'),
    ],
    ['opens a thread in another member’s name', (d) => createThread(d, BEN, { ...anchor, text: 'Said by Ben?' })],
    ['replies in another member’s name', (d, s) => reply(d, s.thread, BEN, { text: 'Ben agrees' })],
    ['renames another member', (d) => d.getMap('people').set(BEN.id, { name: 'Mallory', colour: '#000000' })],
    ['writes another member’s attribution', (d) => new Y.PermanentUserData(d).setUserMapping(d, d.clientID, BEN.id)],
    ['credits a suggestion to another member', (d) => recordSuggestion(d, 'sugg-2', BEN)],
  ];
  for (const [what, change] of refusals) {
    it(what, () => {
      const s = setup();
      const before = Y.encodeStateVector(s.room).toString();
      expect(s.ana((d) => change(d, s))).toMatchObject({ kind: 'others' });
      expect(Y.encodeStateVector(s.room).toString()).toBe(before);
    });
  }
});

const messagesOf = (doc: Y.Doc, thread: string) =>
  (doc.getMap('comments').get(thread) as Y.Map<unknown>).get('messages') as Y.Array<Y.Map<unknown>>;

/** A new thread by Ana under the key of an existing one (replacing it). */
function createThreadAt(doc: Y.Doc, key: string): void {
  const thread = new Y.Map<unknown>([
    ['id', key],
    ['authorId', ANA.id],
    ['messages', new Y.Array()],
  ]);
  doc.getMap('comments').set(key, thread);
}

describe('the role rule, the same as the app’s', () => {
  it('names the action a refused metadata change needed', () => {
    const { ana } = setup();
    expect(ana((d) => writeMeta(d, { title: 'Hijacked' }))).toMatchObject({ kind: 'edit-title' });
    expect(ana((d) => writeMeta(d, { paragraphNumbering: true }))).toMatchObject({ kind: 'edit-settings' });
    expect(ana((d) => writeMeta(d, { status: 'final' }))).toMatchObject({ kind: 'change-status' });
    expect(ana((d) => d.getArray('versions').push(['v']))).toMatchObject({ kind: 'save-version' });
    expect(ana((d) => d.getMap('signatories').set('org', {}))).toMatchObject({ kind: 'record-sign-on' });
  });

  it('a final document takes no comments or suggestions', () => {
    const { ana } = setup('final');
    expect(ana((d) => createThread(d, ANA, { ...anchor, text: 'Late' }))).toMatchObject({ kind: 'comment' });
    const room = roomDoc(BODY);
    writeMeta(room, { status: 'final' });
    const gate = new ReviewGate(room);
    const update = new CommenterClient(room).suggest((st) => st.tr.insertText('really ', 1));
    expect(gate.check(update, { role: 'commenter', member: ANA.id })).toMatchObject({ kind: 'suggest' });
  });
});
