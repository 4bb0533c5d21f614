import { describe, expect, it } from 'vitest';
import { htmlToDoc } from './htmlToDoc.ts';
import { checkDoc } from './checkDoc.ts';
import { DropCounter, describeDropped } from './importTypes.ts';

describe('htmlToDoc', () => {
  it('turns mammoth footnotes into footnote nodes and drops the notes list', () => {
    const html =
      '<h4>Deep</h4><p>Text<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> end.</p>' +
      '<ol><li id="footnote-1"><p> The note. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    const { doc } = htmlToDoc(html);
    checkDoc(doc);
    expect(doc.content).toEqual([
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Deep' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Text' },
          { type: 'footnote', content: [{ type: 'text', text: 'The note.' }] },
          { type: 'text', text: ' end.' },
        ],
      },
    ]);
  });

  it('gives list items a first paragraph, fills empty cells, and counts what it drops', () => {
    const dropped = new DropCounter();
    const { doc } = htmlToDoc(
      '<ul><li><ul><li>x</li></ul></li></ul><table><tr><td></td><th>h</th></tr></table><iframe src="x"></iframe><video></video><p><a href="file:///etc/passwd">f</a></p>',
      dropped,
    );
    checkDoc(doc);
    expect(doc.content?.[0]?.content?.[0]?.content?.[0]).toEqual({ type: 'paragraph' });
    expect(describeDropped(dropped.counts)).toBe('Dropped 1 embedded frame, 1 unsafe link, 1 video.');
  });

  it('takes Word title and subtitle paragraphs out of the body', () => {
    const { doc, titles } = htmlToDoc('<p class="doc-title">The title</p><p class="doc-subtitle">Sub</p><p>Body</p>');
    expect(titles).toEqual({ title: 'The title', subtitle: 'Sub' });
    expect(doc.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Body' }] }]);
  });

  it('keeps the text of a table nested in a cell, row by row, and names the lost layout', () => {
    const dropped = new DropCounter();
    const inner =
      '<table><tr><td><p>a</p></td><td><p>b</p></td></tr><tr><td><table><tr><td>c</td></tr></table></td></tr></table>';
    const { doc } = htmlToDoc(`<table><tr><td><p>Outer</p>${inner}</td></tr></table>`, dropped);
    checkDoc(doc);
    const cell = doc.content?.[0]?.content?.[0]?.content?.[0];
    expect(cell?.content?.map((p) => p.content?.[0]?.text)).toEqual(['Outer', 'a', 'b', 'c']);
    expect(describeDropped(dropped.counts)).toBe('Dropped 2 nested table layouts.');
  });
});
