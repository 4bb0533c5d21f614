import { afterEach, describe, expect, it } from 'vitest';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';

let opened: ReturnType<typeof openEditor> | null = null;
afterEach(() => {
  opened?.close();
  opened = null;
});

describe("the editor's node views", () => {
  it('keep the document as drawn when Tiptap asks for the node views again, as its EditorContent does on mounting', () => {
    const footnote = { type: 'footnote', attrs: { id: 'f1' }, content: [{ type: 'text', text: 'A source.' }] };
    opened = openEditor(
      documentWithBody([
        paragraph('Before', footnote, ' after.'),
        paragraph('Second.'),
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph('Cell.')] }] }],
        },
      ]),
    );
    const { view } = opened.editor;
    const drawn = [...view.dom.children];
    const ref = view.dom.querySelector('sup.footnote-ref');
    expect(ref?.getAttribute('aria-label')).toContain('A source.');
    opened.editor.createNodeViews();
    // Redrawn, every block would be a new element (the whole document built again).
    expect([...view.dom.children]).toEqual(drawn);
    expect(drawn.every((el, i) => view.dom.children[i] === el)).toBe(true);
    expect(view.dom.querySelector('sup.footnote-ref')).toBe(ref);
  });
});
