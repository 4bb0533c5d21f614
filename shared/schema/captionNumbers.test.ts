import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { documentSchema } from './schema.ts';
import { captionNumbers, crossRefText, listCaptions } from './captionNumbers.ts';
import { imageAttrs } from './image.ts';

const caption = (id: string, kind: 'figure' | 'table', text: string) => ({
  type: 'caption',
  attrs: { id, kind },
  content: [{ type: 'text', text }],
});
const image = {
  type: 'image',
  attrs: { blob: 'a'.repeat(64), type: 'jpeg', width: 640, height: 427, size: 50, alt: 'A boat' },
};
const ref = (target: string) => ({ type: 'crossRef', attrs: { target } });

describe('captions and cross-references', () => {
  const json = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'As ' }, ref('tab-one'), { type: 'text', text: ' shows' }] },
      image,
      caption('fig-one', 'figure', 'Arrivals by sea'),
      caption('tab-one', 'table', 'Returns'),
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [{ type: 'tableCell', content: [image, caption('fig-two', 'figure', 'In a cell')] }],
          },
        ],
      },
      { type: 'guidance', attrs: { text: 'not counted' } },
    ],
  };

  it('numbers figures and tables separately in document order, table cells included', () => {
    const body = documentSchema().nodeFromJSON(json);
    expect(listCaptions(body).map((c) => [c.id, c.label, c.text])).toEqual([
      ['fig-one', 'Figure 1', 'Arrivals by sea'],
      ['tab-one', 'Table 1', 'Returns'],
      ['fig-two', 'Figure 2', 'In a cell'],
    ]);
    const numbers = captionNumbers(body);
    expect(crossRefText(numbers, 'tab-one', '(missing)')).toBe('Table 1');
    expect(crossRefText(numbers, 'gone-away', '(missing)')).toBe('(missing)');
  });

  it('keeps image references, sizes and alt text through Yjs, and reads bad attributes safely', () => {
    const doc = new Y.Doc();
    prosemirrorJSONToYXmlFragment(documentSchema(), json, doc.getXmlFragment('body'));
    const back = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment('body'), documentSchema());
    expect(back.child(1).attrs).toMatchObject({
      blob: 'a'.repeat(64),
      width: 640,
      height: 427,
      size: 50,
      alt: 'A boat',
    });
    expect(imageAttrs({ blob: '../etc', size: 900, align: 'float', width: -3, alt: 7 })).toEqual({
      blob: null,
      type: 'png',
      width: 1,
      height: 1,
      size: 100,
      align: 'center',
      alt: '',
    });
  });
});
