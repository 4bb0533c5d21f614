import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorState } from '@tiptap/pm/state';
import { splitBlock, toggleMark } from '@tiptap/pm/commands';
import { splitListItem } from '@tiptap/pm/schema-list';
import { applySuggestions, revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import { ReviewGate } from '../../shared/review/commenterCheck/reviewGate.ts';
import { mayApply } from '../../server/relay/mayApply.ts';
import { formatRefusal } from '../../shared/protocol/refusal.ts';
import { documentSchema } from '../../shared/schema/schema.ts';
import { CommenterClient, roomDoc } from './support/commenterClient.ts';

const schema = documentSchema();
const text = (t: string) => ({ type: 'text', text: t });
const BODY = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Title')] },
    { type: 'paragraph', content: [text('abc def ghi')] },
    { type: 'paragraph', content: [text('second')] },
  ],
};
// Positions in BODY: heading 0-7, first paragraph 7-20 (text 8-19), second 20-28.
const P1 = 8;
/** The commenter's member id (their token's id), which their app writes as author. */
const ANA = 'id-ana';
const COMMENTER = { role: 'commenter', member: ANA } as const;

function setup() {
  const room = roomDoc(BODY);
  const gate = new ReviewGate(room);
  const client = new CommenterClient(room);
  /** What the relay does with a commenter's update: check, then apply if allowed. */
  const send = (update: Uint8Array): string | null => {
    const refusal = gate.check(update, COMMENTER);
    if (refusal === null) gate.apply(update, 'commenter');
    return refusal && formatRefusal(refusal);
  };
  const bodyOf = (doc: Y.Doc) => doc.getXmlFragment('body').toString();
  return { room, gate, client, send, bodyOf };
}

const select =
  (from: number, to = from) =>
  (s: EditorState) =>
    s.tr.setSelection(TextSelection.create(s.doc, from, to));

describe('commenter updates the relay lets through', () => {
  it('suggested typing, deletion, formatting, paragraph split and join', () => {
    const { room, client, send, bodyOf } = setup();
    expect(send(client.suggest((s) => s.tr.insertText('NEW ', P1 + 4)))).toBeNull();
    expect(send(client.suggest((s) => s.tr.delete(P1, P1 + 3)))).toBeNull();
    client.state = client.state.apply(select(P1 + 8, P1 + 11)(client.state));
    expect(
      send(client.command((s, d) => toggleMark(schema.marks.bold!)(s, (tr) => d(client.suggestTr(tr))))),
    ).toBeNull();
    client.state = client.state.apply(select(P1 + 6)(client.state));
    expect(send(client.command((s, d) => splitBlock(s, (tr) => d(client.suggestTr(tr)))))).toBeNull();
    const end = client.state.doc.content.size;
    expect(send(client.suggest((s) => s.tr.delete(end - 9, end - 7)))).toBeNull(); // across the last boundary: a suggested join
    expect(bodyOf(room)).toBe(bodyOf(client.doc));
    expect(bodyOf(room)).toContain('<insertion');
    expect(bodyOf(room)).toContain('<deletion');
  });

  it('a suggested deletion of a sentence with its footnote, and a suggested footnote', () => {
    const room = roomDoc({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            text('Detention harms'),
            { type: 'footnote', attrs: { id: 'n1' }, content: [text('UNICEF, 2024.')] },
            text(' children.'),
          ],
        },
      ],
    });
    const gate = new ReviewGate(room);
    const client = new CommenterClient(room);
    const send = (update: Uint8Array) => {
      const refusal = gate.check(update, COMMENTER);
      if (refusal === null) gate.apply(update, 'commenter');
      return refusal && formatRefusal(refusal);
    };
    const end = client.state.doc.content.size - 1;
    expect(send(client.suggest((s) => s.tr.delete(1, end)))).toBeNull();
    const note = (room.getXmlFragment('body').get(0) as Y.XmlElement)
      .toArray()
      .find((c): c is Y.XmlElement => c instanceof Y.XmlElement);
    expect(JSON.stringify(note?.getAttribute('marks'))).toContain('deletion');
    // A footnote inserted as a suggestion is not part of the base text either.
    const at = client.state.doc.content.size - 1;
    const footnote = schema.nodes.footnote!.create({ id: 'n2' }, schema.text('IOM, 2025.'));
    expect(send(client.suggest((s) => s.tr.insert(at, footnote)))).toBeNull();
    // Removing a suggested-deletion mark's footnote outright is still a direct change.
    expect(send(client.direct((s) => s.tr.delete(1, s.doc.content.size - 1)))).toMatch(/text directly/);
  });

  it('a suggested split of a list item', () => {
    const item = (t: string) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(t)] }] });
    const room = roomDoc({
      type: 'doc',
      content: [{ type: 'bulletList', content: [item('first item'), item('second')] }],
    });
    const gate = new ReviewGate(room);
    const client = new CommenterClient(room);
    client.state = client.state.apply(select(9)(client.state));
    const update = client.command((s, d) => splitListItem(schema.nodes.listItem!)(s, (tr) => d(client.suggestTr(tr))));
    expect(gate.check(update, COMMENTER)).toBeNull();
    expect(client.doc.getXmlFragment('body').toString()).toMatch(
      /<listitem><paragraph>first <insertion[^>]*>\u200B<\/insertion><\/paragraph><\/listitem><listitem><paragraph><insertion[^>]*>\u200B<\/insertion>item/,
    );
  });

  it('withdrawing suggestions (deleting suggested text, reverting all) but not accepting them', () => {
    const { client, send } = setup();
    expect(send(client.suggest((s) => s.tr.insertText('XYZ', P1 + 3)))).toBeNull();
    expect(send(client.suggest((s) => s.tr.delete(P1 + 4, P1 + 6)))).toBeNull(); // inside its own insertion: really deleted
    expect(send(client.suggest((s) => s.tr.delete(P1 + 7, P1 + 9)))).toBeNull();
    const accepted = new CommenterClient(client.doc);
    expect(send(accepted.command(applySuggestions))).toMatch(/text directly/);
    expect(send(client.command(revertSuggestions))).toBeNull();
  });

  it('comment threads: add, reply, edit, resolve; new suggestion details', () => {
    const { room, client, send } = setup();
    expect(
      send(
        client.raw((doc) => {
          const thread = new Y.Map<unknown>();
          const messages = new Y.Array<Y.Map<unknown>>();
          const first = new Y.Map<unknown>([
            ['id', 'm1'],
            ['text', 'Why?'],
            ['authorId', ANA],
            ['authorName', 'Ana'],
          ]);
          messages.push([first]);
          thread.set('id', 't1');
          thread.set('authorId', ANA);
          thread.set('messages', messages);
          doc.getMap('comments').set('t1', thread);
          doc
            .getMap('suggestions')
            .set('s1', { authorId: ANA, authorName: 'Ana', colour: '#c00', createdAt: '2026-05-01T10:00:00Z' });
        }),
      ),
    ).toBeNull();
    const thread = client.doc.getMap('comments').get('t1') as Y.Map<unknown>;
    expect(
      send(client.raw(() => (thread.get('messages') as Y.Array<Y.Map<unknown>>).get(0).set('text', 'Why? (edited)'))),
    ).toBeNull();
    expect(send(client.raw(() => thread.set('resolved', true)))).toBeNull();
    expect(
      ((room.getMap('comments').get('t1') as Y.Map<unknown>).get('messages') as Y.Array<Y.Map<unknown>>)
        .get(0)
        .get('text'),
    ).toBe('Why? (edited)');
  });

  it('attribution every app writes: its person entry (set again on rename) and its permanent user data', () => {
    const { room, client, send } = setup();
    const pud = new Y.PermanentUserData(client.doc);
    expect(
      send(
        client.raw((d) => {
          pud.setUserMapping(d, d.clientID, 'id-ana');
          d.getMap('people').set('id-ana', { name: 'Ana', colour: '#aa0000' });
        }),
      ),
    ).toBeNull();
    expect(send(client.raw((d) => d.getMap('people').set('id-ana', { name: 'Ana O.', colour: '#aa0000' })))).toBeNull();
    const ds = (client.doc.getMap('users').get('id-ana') as Y.Map<unknown>).get('ds') as Y.Array<Uint8Array>;
    expect(send(client.raw(() => ds.push([new Uint8Array([0])])))).toBeNull();
    expect(send(new CommenterClient(room).raw((d) => d.getMap('people').delete('id-ana')))).toMatch(
      /removes attribution data/,
    );
  });

  it('in a workspace index, a commenter is a viewer: its updates are declined, not refused', () => {
    const { gate, client } = setup();
    const update = client.raw((d) => d.getMap('documents').set('doc1', { title: 'x' }));
    expect(mayApply('commenter', ANA, update, { name: 'ws-index1', review: gate })).toEqual({ kind: 'decline' });
    expect(mayApply('viewer', ANA, update, { name: 'ws-index1/doc1', review: gate })).toEqual({ kind: 'decline' });
    expect(mayApply('commenter', ANA, update, { name: 'ws-index1/doc1', review: gate })).toMatchObject({
      kind: 'refuse',
      refusal: { kind: 'invalid', detail: expect.stringContaining('"documents"') },
    });
    expect(mayApply('editor', ANA, update, { name: 'ws-index1', review: gate })).toEqual({ kind: 'apply' });
    expect(mayApply('owner', ANA, update, { name: 'ws-index1', review: gate })).toEqual({ kind: 'apply' });
  });

  it('keeps up with editors: a suggestion inside text an editor just wrote', () => {
    const { room, gate, send, bodyOf } = setup();
    expect(send(new CommenterClient(room).suggest((s) => s.tr.insertText('x', P1)))).toBeNull();
    // The editor's update reaches the room the way the relay applies it (not checked, but through the gate).
    const editor = new CommenterClient(room);
    const paragraph = editor.raw((d) => {
      const p = new Y.XmlElement('paragraph');
      d.getXmlFragment('body').insert(3, [p]);
      p.insert(0, [new Y.XmlText('editor wrote this')]);
    });
    gate.apply(paragraph, 'editor');
    const later = new CommenterClient(room);
    const at = later.state.doc.content.size - 5;
    expect(send(later.suggest((s) => s.tr.delete(at, at + 3)))).toBeNull();
    expect(bodyOf(room)).toContain('<deletion');
    expect(gate.check(new Uint8Array([0, 0]), COMMENTER)).toBeNull();
  });
});

describe('commenter updates the relay refuses, leaving the room untouched', () => {
  const refusals: Array<[string, (c: CommenterClient) => Uint8Array, RegExp]> = [
    ['plain typing', (c) => c.direct((s) => s.tr.insertText('EVIL', P1)), /text directly/],
    ['a plain deletion', (c) => c.direct((s) => s.tr.delete(P1, P1 + 4)), /text directly/],
    ['plain bold', (c) => c.direct((s) => s.tr.addMark(P1, P1 + 3, schema.marks.bold!.create())), /text directly/],
    ['a plain paragraph split', (c) => c.direct((s) => s.tr.split(P1 + 3)), /text directly/],
    ['a heading level change', (c) => c.direct((s) => s.tr.setNodeMarkup(0, undefined, { level: 2 })), /text directly/],
    ['deleting a whole paragraph', (c) => c.direct((s) => s.tr.delete(20, 28)), /text directly/],
    [
      'marking existing text as inserted',
      (c) => c.direct((s) => s.tr.addMark(P1, P1 + 3, schema.marks.insertion!.create({ id: 'x' }))),
      /text directly/,
    ],
    ['a metadata change', (c) => c.raw((d) => d.getMap('meta').set('title', 'Hijacked')), /"meta"/],
    ['a version, a status entry, sign-on', (c) => c.raw((d) => d.getArray('versions').push(['v'])), /"versions"/],
    ['a new root type', (c) => c.raw((d) => d.getText('elsewhere').insert(0, 'x')), /"elsewhere"/],
    ['unmarked text between suggested markers', (c) => c.raw((d) => smuggle(d, 'paragraph', 'EVIL')), /text directly/],
    // Readers would delete the paragraph's whole text (y-tiptap does on an unknown mark), or the moved text.
    [
      'suggested text with an unknown mark',
      (c) => c.raw((d) => textOf(d, 1).insert(2, 'x', { insertion: { id: 'x' }, evil: {} })),
      /cannot read/,
    ],
    [
      'a suggested split into an element no one can read',
      (c) => c.raw((d) => smuggle(d, 'no-such-node', '')),
      /cannot read/,
    ],
    ['a suggested split into a heading inside a paragraph', (c) => c.raw((d) => nestHeading(d)), /text directly/],
    ['a hard break between suggested text', (c) => c.raw((d) => nestHeading(d, 'hardBreak')), /text directly/],
  ];
  for (const [what, make, reason] of refusals) {
    it(what, () => {
      const { room, client, send, bodyOf } = setup();
      const before = Y.encodeStateVector(room).toString();
      const bodyBefore = bodyOf(room);
      expect(send(make(client))).toMatch(reason);
      expect(Y.encodeStateVector(room).toString()).toBe(before);
      expect(bodyOf(room)).toBe(bodyBefore);
      // The gate threw its copy away and still judges the next update correctly.
      expect(send(new CommenterClient(room).suggest((s) => s.tr.insertText('ok', P1)))).toBeNull();
    });
  }

  it('replacing or removing suggestion details', () => {
    const { room, client, send } = setup();
    expect(send(client.raw((d) => d.getMap('suggestions').set('s1', { authorId: ANA, authorName: 'Ana' })))).toBeNull();
    expect(
      send(client.raw((d) => d.getMap('suggestions').set('s1', { authorId: ANA, authorName: 'Someone else' }))),
    ).toMatch(/suggestion details/);
    const again = new CommenterClient(room);
    expect(send(again.raw((d) => d.getMap('suggestions').delete('s1')))).toMatch(/suggestion details/);
  });

  it('an update that depends on changes the relay never accepted', () => {
    const { room, client, send } = setup();
    const refused = client.direct((s) => s.tr.insertText('EVIL', P1));
    const follow = client.suggest((s) => s.tr.insertText('later', P1 + 2));
    expect(send(refused)).toMatch(/text directly/);
    expect(send(follow)).toMatch(/relay does not have/);
    expect(room.getXmlFragment('body').toString()).not.toContain('later');
  });
});

const textOf = (doc: Y.Doc, block: number) =>
  (doc.getXmlFragment('body').get(block) as Y.XmlElement).get(0) as Y.XmlText;

/**
 * A suggested split of the first paragraph the way the library writes one (inserted markers on both
 * sides of the new boundary, the rest of the text moved to a new element `name`), plus `extra`
 * plain text in the new element.
 */
function smuggle(doc: Y.Doc, name: string, extra: string): void {
  const body = doc.getXmlFragment('body');
  const first = textOf(doc, 1);
  const moved = first.toString().slice(4);
  first.delete(4, moved.length);
  first.insert(4, '\u200B', { insertion: { id: 'x' } });
  const p = new Y.XmlElement(name);
  body.insert(2, [p]);
  const t = new Y.XmlText();
  p.insert(0, [t]);
  t.insert(0, '\u200B', { insertion: { id: 'x' } });
  t.insert(1, extra + moved, {});
}

/** Inserted text, then an element inside the paragraph, then inserted text again. */
function nestHeading(doc: Y.Doc, name = 'heading'): void {
  const p = doc.getXmlFragment('body').get(1) as Y.XmlElement;
  textOf(doc, 1).insert(11, '\u200B', { insertion: { id: 'x' } });
  const h = new Y.XmlElement(name);
  const after = new Y.XmlText();
  p.insert(1, [h, after]);
  after.insert(0, '\u200B', { insertion: { id: 'x' } });
}
