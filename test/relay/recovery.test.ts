import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ReviewGate } from '../../shared/review/commenterCheck/reviewGate.ts';
import { rebuildFromRelay } from '../../shared/recovery/rebuild.ts';
import { createThread, reply } from '../../shared/review/comments.ts';
import { readMeta, writeMeta } from '../../shared/model/documentMeta.ts';
import { CommenterClient, roomDoc } from './support/commenterClient.ts';

// The app's side of "nobody is locked out": after the relay refused a change, the document is
// rebuilt from the relay's state plus the member's own comments, and what it then sends passes.
const ANA = { id: 'member-ana', name: 'Ana', colour: '#aa0000' };
const BEN = { id: 'member-ben', name: 'Ben', colour: '#0000aa' };
const BODY = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Act now.' }] }] };
const anchor = { anchorFrom: null, anchorTo: null, quote: 'Act' };

function scenario() {
  const room = roomDoc(BODY);
  writeMeta(room, { title: 'Statement' });
  const bens = createThread(room, BEN, { ...anchor, text: 'Too short?' });
  // Ana's copy: she renamed the document (refused), then commented and replied (her own), then
  // edited Ben's message (not hers): all in one batch, as after working offline.
  const local = new Y.Doc({ gc: false });
  Y.applyUpdate(local, Y.encodeStateAsUpdate(room));
  writeMeta(local, { title: 'Hijacked' });
  createThread(local, ANA, { ...anchor, text: 'Which States?' });
  reply(local, bens, ANA, { text: 'Agreed.' });
  const list = (local.getMap('comments').get(bens) as Y.Map<unknown>).get('messages') as Y.Array<Y.Map<unknown>>;
  list.get(0).set('text', 'Rewritten');
  return { room, local, bens };
}

describe('rebuilding a document after a refusal', () => {
  it('returns to what the relay accepted, keeps her own comments, and sets the rest aside', () => {
    const { room, local } = scenario();
    const gate = new ReviewGate(room);
    const batch = Y.encodeStateAsUpdate(local, Y.encodeStateVector(room));
    expect(gate.check(batch, { role: 'commenter', member: ANA.id })).toMatchObject({ kind: 'edit-title' });

    const rebuilt = rebuildFromRelay(local, Y.encodeStateAsUpdate(room), {
      memberId: ANA.id,
      role: 'commenter',
      keepComments: true,
    });
    const fresh = new Y.Doc({ gc: false });
    Y.applyUpdate(fresh, rebuilt.state);
    expect(readMeta(fresh).title).toBe('Statement');
    expect(rebuilt.items).toEqual(
      expect.arrayContaining([
        { kind: 'title', text: 'Hijacked' },
        { kind: 'comment', text: 'Which States?', kept: true },
        { kind: 'comment', text: 'Agreed.', kept: true },
        { kind: 'comment', text: 'Rewritten', kept: false },
      ]),
    );
    // What the rebuilt copy sends now is hers alone: the relay takes it.
    const next = Y.encodeStateAsUpdate(fresh, Y.encodeStateVector(room));
    expect(gate.check(next, { role: 'commenter', member: ANA.id })).toBeNull();
    gate.apply(next, 'ana');
    const texts = [...room.getMap('comments').values()].flatMap((t) =>
      ((t as Y.Map<unknown>).get('messages') as Y.Array<Y.Map<unknown>>).toArray().map((m) => m.get('text')),
    );
    expect(texts.sort()).toEqual(['Agreed.', 'Too short?', 'Which States?']);
  });

  it('sets comments aside too where she may not comment (a final document), or when they were refused again', () => {
    const { room, local } = scenario();
    writeMeta(room, { status: 'final' });
    const rebuilt = rebuildFromRelay(local, Y.encodeStateAsUpdate(room), {
      memberId: ANA.id,
      role: 'commenter',
      keepComments: true,
    });
    expect(rebuilt.items.filter((i) => i.kind === 'comment').every((i) => i.kind === 'comment' && !i.kept)).toBe(true);
    const again = rebuildFromRelay(scenario().local, Y.encodeStateAsUpdate(scenario().room), {
      memberId: ANA.id,
      role: 'commenter',
      keepComments: false,
    });
    expect(again.items).toContainEqual({ kind: 'comment', text: 'Which States?', kept: false });
  });

  it('lists text typed directly, as a commenter may not', () => {
    const room = roomDoc(BODY);
    const local = new CommenterClient(room);
    local.direct((s) => s.tr.insertText('Urgently: ', 1));
    const rebuilt = rebuildFromRelay(local.doc, Y.encodeStateAsUpdate(room), {
      memberId: ANA.id,
      role: 'commenter',
      keepComments: true,
    });
    expect(rebuilt.items).toEqual([
      { kind: 'text', text: 'Urgently: Act now.' },
      { kind: 'removed', text: 'Act now.' },
    ]);
  });
});
