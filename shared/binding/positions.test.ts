import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment, relativePositionToAbsolutePosition, undo } from '@tiptap/y-tiptap';
import { TextSelection } from '@tiptap/pm/state';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';
import { replicas } from './differential/replica.ts';
import { absolutePosition, relativePosition } from './positions.ts';

const t = (text: string) => ({ type: 'text', text });
const p = (...content: object[]) => ({ type: 'paragraph', content });

function base(): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  const body = {
    type: 'doc',
    content: [
      p(t('first')),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(t('one'))] },
          { type: 'listItem', content: [p(t('two'))] },
        ],
      },
      p(t('with '), { type: 'footnote', content: [t('a note')] }, t(' after')),
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(t('x'))] }] }] },
    ],
  };
  prosemirrorJSONToYXmlFragment(documentSchema(), body, doc.getXmlFragment(BODY_FIELD));
  return Y.encodeStateAsUpdate(doc);
}

describe('relative positions of one block', () => {
  it('resolve back to every position of the document, nested or not', () => {
    const [r] = replicas(1, base());
    const { doc } = r!.state;
    const binding = r!.binding;
    for (let pos = 0; pos <= doc.content.size; pos++) {
      const rel = relativePosition(binding, doc, pos);
      expect(relativePositionToAbsolutePosition(binding.doc, binding.type, rel, binding.mapping)).toBe(pos);
      expect(absolutePosition(binding, doc, rel as Y.RelativePosition)).toBe(pos);
    }
  });

  it("resolve a caret at a block's start by looking inside that block only, not at the blocks before it", () => {
    const doc = new Y.Doc({ gc: false });
    const paragraphs = Array.from({ length: 200 }, (_, i) => p(t(`paragraph ${i}`)));
    const list = { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('one'))] }] };
    prosemirrorJSONToYXmlFragment(
      documentSchema(),
      { type: 'doc', content: [...paragraphs, list] },
      doc.getXmlFragment(BODY_FIELD),
    );
    const [r] = replicas(1, Y.encodeStateAsUpdate(doc));
    const binding = r!.binding;
    const state = r!.state.doc;
    const lastStart = state.content.size - state.lastChild!.nodeSize;
    const get = binding.mapping.get.bind(binding.mapping);
    let lookups = 0;
    binding.mapping.get = (key) => (lookups++, get(key));
    // The start and the second position of the 200th paragraph's text, and of the list item's paragraph.
    const before = state.content.size - state.lastChild!.nodeSize - state.child(199).nodeSize;
    for (const pos of [before + 1, before + 2, lastStart + 3, lastStart + 4]) {
      const rel = relativePosition(binding, state, pos) as Y.RelativePosition;
      lookups = 0;
      expect(absolutePosition(binding, state, rel)).toBe(pos);
      expect(lookups).toBeLessThan(5);
    }
  });

  it('leave the caret where it is when a change is undone (as y-tiptap did)', () => {
    const [r] = replicas(1, base());
    r!.view.dispatch(r!.state.tr.setSelection(TextSelection.create(r!.state.doc, 15)));
    r!.dispatch(r!.state.tr.insertText('XYZ'));
    r!.view.dispatch(r!.state.tr.setSelection(TextSelection.create(r!.state.doc, 2)));
    undo(r!.state);
    expect(r!.state.doc.textBetween(0, r!.state.doc.content.size, '|')).not.toContain('XYZ');
    expect(r!.state.selection.head).toBe(2);
  });
});
