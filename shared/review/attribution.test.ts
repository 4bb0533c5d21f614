import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initProseMirrorDoc, prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { createDocumentDoc } from '../model/documentMeta.ts';
import { BODY_FIELD } from '../schema/extensions.ts';
import { documentSchema } from '../schema/schema.ts';
import { editBody } from './bodyEdit.ts';
import { attachAuthor, authorRuns } from './attribution.ts';

describe('who wrote what', () => {
  it('names the author of every stretch, in the positions of the current text', () => {
    const a = createDocumentDoc();
    const pud = attachAuthor(a, { id: 'amina-id', name: 'Amina', colour: '#1f77b4' });
    const content = [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Title' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'First ' },
          { type: 'text', marks: [{ type: 'bold' }], text: 'bold' },
        ],
      },
      { type: 'horizontalRule' },
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }] }],
      },
    ];
    prosemirrorJSONToYXmlFragment(documentSchema(), { type: 'doc', content }, a.getXmlFragment(BODY_FIELD));
    const b = createDocumentDoc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    attachAuthor(b, { id: 'bruno-id', name: 'Bruno', colour: '#d62728' });
    editBody(b, (s) => {
      let end = 0;
      s.doc.descendants((node, pos) => void (node.isText && node.text === 'Item' && (end = pos + 4)));
      return s.tr.insertText(' second', end);
    });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const pm = initProseMirrorDoc(a.getXmlFragment(BODY_FIELD), documentSchema()).doc;
    const runs = authorRuns(a, pud, documentSchema()).map((r) => [pm.textBetween(r.from, r.to, '|'), r.authorId]);
    expect(runs).toEqual([
      ['Title', 'amina-id'],
      ['First bold', 'amina-id'],
      ['Item', 'amina-id'],
      [' second', 'bruno-id'],
    ]);
  });
});
