import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import type { Node as PMNode } from '@tiptap/pm/model';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';
import { replicas } from './differential/replica.ts';
import { NODE_MARKS_ATTRIBUTE } from './nodeMarks.ts';

const PARAGRAPH = {
  type: 'paragraph',
  content: [
    { type: 'text', text: 'Detention harms children' },
    { type: 'footnote', attrs: { id: 'n1' }, content: [{ type: 'text', text: 'UNICEF, 2024.' }] },
    { type: 'text', text: ' everywhere.' },
  ],
};

/** A paragraph with a footnote in the middle of its text; in a list item with `inList`. */
function withFootnote({ inList = false } = {}): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  const block = inList ? { type: 'bulletList', content: [{ type: 'listItem', content: [PARAGRAPH] }] } : PARAGRAPH;
  prosemirrorJSONToYXmlFragment(documentSchema(), { type: 'doc', content: [block] }, doc.getXmlFragment(BODY_FIELD));
  return Y.encodeStateAsUpdate(doc);
}

/** Where the footnote is, and its marks' names. */
function footnote(doc: PMNode): { pos: number; marks: string[] } {
  let found = { pos: -1, marks: [] as string[] };
  doc.descendants((node, pos) => {
    if (node.type.name === 'footnote') found = { pos, marks: node.marks.map((m) => m.type.name) };
  });
  return found;
}

describe('marks on nodes other than text', () => {
  it('reach every replica: a suggested deletion of a sentence with a footnote is the same everywhere', () => {
    const [a, b] = replicas(2, withFootnote());
    const schema = a!.state.schema;
    const { pos } = footnote(a!.state.doc);
    const deletion = schema.marks['deletion']!.create({ id: 7 });
    a!.dispatch(a!.state.tr.addMark(1, a!.state.doc.content.size - 1, deletion));
    expect(footnote(a!.state.doc).marks).toEqual(['deletion']);
    b!.receive();
    expect(footnote(b!.state.doc)).toEqual({ pos, marks: ['deletion'] });
    expect(b!.state.doc.eq(a!.state.doc)).toBe(true);

    // Withdrawn again (the suggestion rejected): gone everywhere, and from the Yjs element too.
    a!.dispatch(a!.state.tr.removeMark(1, a!.state.doc.content.size - 1, deletion));
    b!.receive();
    expect(footnote(b!.state.doc).marks).toEqual([]);
    const element = a!.doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement;
    const stored = element.toArray().find((c): c is Y.XmlElement => c instanceof Y.XmlElement);
    expect(stored?.getAttribute(NODE_MARKS_ATTRIBUTE)).toBeUndefined();
  });

  it('stay on the screen of whoever added them when a collaborator then edits the text around them', () => {
    // Tagging a footnote in a list item, then a colleague's deletion in its sentence, lost the tag on
    // the tagger's screen only: the binding reused its node from before the tag (soak, seed 3454).
    const [a, b] = replicas(2, withFootnote({ inList: true }));
    const { pos } = footnote(a!.state.doc);
    const tag = a!.state.schema.marks['tag']!.create({ tags: ['O13'] });
    a!.dispatch(a!.state.tr.addMark(pos, pos + a!.state.doc.nodeAt(pos)!.nodeSize, tag));
    expect(footnote(a!.state.doc).marks).toEqual(['tag']);
    b!.receive();
    b!.dispatch(b!.state.tr.delete(3, 13)); // "Detention " at the start of the list item's paragraph
    a!.receive();
    expect(footnote(a!.state.doc).marks).toEqual(['tag']);
    expect(a!.state.doc.eq(b!.state.doc)).toBe(true);
  });

  it('reads a damaged or foreign marks attribute without the bad marks, never failing the block', () => {
    const [a, b] = replicas(2, withFootnote());
    const element = a!.doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement;
    const note = element.toArray().find((c): c is Y.XmlElement => c instanceof Y.XmlElement)!;
    a!.doc.transact(() =>
      note.setAttribute(NODE_MARKS_ATTRIBUTE, [
        { type: 'no-such-mark' },
        { type: 'link', attrs: { href: 'https://example.org' } },
        'garbage',
        { type: 'insertion', attrs: { id: 3 } },
      ] as unknown as string),
    );
    b!.receive();
    expect(footnote(b!.state.doc).marks.sort()).toEqual(['insertion', 'link']);
    expect(b!.state.doc.textContent).toContain('UNICEF, 2024.');
  });
});
