import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Editor, type JSONContent } from '@tiptap/core';
import { BODY_FIELD } from '../../../shared/schema/extensions.ts';
import { rebuilt } from '../../../shared/binding/differential/checks.ts';
import { documentWithBody, paragraph } from '../testing/editorFixture.ts';
import { editorExtensions } from './editorExtensions.ts';
import { englishT } from '../testing/english.ts';

const cell = (text: string): JSONContent => ({ type: 'tableCell', content: [paragraph(text)] });
const bodyXml = (doc: Y.Doc) => doc.getXmlFragment(BODY_FIELD).toString();

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

/** The app's editor on `doc`, counting the transactions that changed its document while it was being created. */
function created(doc: Y.Doc, beforeCreate: () => void = () => undefined) {
  const element = document.body.appendChild(document.createElement('div'));
  let changes = 0;
  const editor = new Editor({
    element,
    extensions: editorExtensions(doc, { onEditFootnote: () => undefined, onLink: () => undefined, t: englishT }),
    // After the extensions' own (Tiptap registers theirs first): between reading the body and the view.
    onBeforeCreate: beforeCreate,
    onTransaction: ({ transaction }) => void (transaction.docChanged && changes++),
  });
  closers.push(() => {
    editor.destroy();
    element.remove();
  });
  return { editor, changes: () => changes };
}

describe('an editor created on a Yjs body', () => {
  it('is built with the text: no transaction replaces its document, and it edits and follows Yjs as before', () => {
    const doc = documentWithBody([paragraph('First paragraph.'), paragraph('Second paragraph.')]);
    const { editor, changes } = created(doc);
    expect(changes()).toBe(0);
    expect(editor.view.dom.children).toHaveLength(2);
    expect(editor.state.doc.toJSON()).toEqual(rebuilt(doc).toJSON());
    // A local keystroke reaches the Y.XmlText it was typed in (the binding's mapping was read with the text).
    editor.commands.insertContentAt(6, 'X');
    expect(bodyXml(doc)).toBe('<paragraph>FirstX paragraph.</paragraph><paragraph>Second paragraph.</paragraph>');
    // A collaborator's change arrives as before.
    const other = new Y.Doc({ gc: false });
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    ((other.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'New ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    expect(editor.state.doc.child(1).textContent).toBe('New Second paragraph.');
    expect(editor.state.doc.toJSON()).toEqual(rebuilt(doc).toJSON());
  });

  it('renders the body afresh when it changed between being read and the view being built', () => {
    const doc = documentWithBody([paragraph('Read first.')]);
    const { editor, changes } = created(doc, () => {
      const text = (doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
      text.insert(0, 'Changed. ');
    });
    expect(changes()).toBe(1);
    expect(editor.state.doc.textContent).toBe('Changed. Read first.');
    expect(editor.state.doc.toJSON()).toEqual(rebuilt(doc).toJSON());
  });

  it('starts empty on an empty body, and what is typed reaches Yjs', () => {
    const doc = documentWithBody([]);
    const { editor } = created(doc);
    editor.commands.insertContentAt(1, 'Hello');
    expect(bodyXml(doc)).toBe('<paragraph>Hello</paragraph>');
  });

  it('evens out a table left irregular in Yjs, and writes that only with the next local edit', () => {
    const table: JSONContent = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('a'), cell('b')] },
        { type: 'tableRow', content: [cell('c')] },
      ],
    };
    const doc = documentWithBody([paragraph('Before the table.'), table]);
    const irregular = bodyXml(doc);
    const { editor } = created(doc);
    const rows = editor.state.doc.child(1);
    expect([rows.child(0).childCount, rows.child(1).childCount]).toEqual([2, 2]);
    expect(bodyXml(doc)).toBe(irregular); // a reader who never types changes nothing
    editor.commands.insertContentAt(1, 'X');
    expect(editor.state.doc.toJSON()).toEqual(rebuilt(doc).toJSON());
  });

  it("evens out a table a collaborator's change left irregular, and checks no table on a keystroke that touched none", () => {
    const table: JSONContent = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('a'), cell('b')] },
        { type: 'tableRow', content: [cell('c'), cell('d')] },
      ],
    };
    const paragraphs = Array.from({ length: 200 }, (_, i) => paragraph(`Paragraph ${i}.`));
    const doc = documentWithBody([...paragraphs, table]);
    const { editor } = created(doc);
    const widths = () => [0, 1].map((r) => editor.state.doc.child(200).child(r).childCount);
    expect(widths()).toEqual([2, 2]);

    // A collaborator's change removes a cell of the second row: the table is evened out on arrival.
    const other = new Y.Doc({ gc: false });
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    ((other.getXmlFragment(BODY_FIELD).get(200) as Y.XmlElement).get(1) as Y.XmlElement).delete(1, 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    expect(widths()).toEqual([2, 2]);
    expect(editor.state.doc.child(200).child(1).textContent).toBe('c');

    // The tables' check (prosemirror-tables' `fixTables`) finds what changed by comparing the
    // document's top-level blocks one by one (`changedDescendants`): counted by the stack.
    const nodeClass = editor.state.doc.constructor.prototype as { child(index: number): unknown };
    const child = nodeClass.child;
    const blocksCompared = (edit: () => void) => {
      let compared = 0;
      nodeClass.child = function (this: { type: { name: string } }, index: number) {
        if (this.type.name === 'doc' && new Error().stack?.includes('changedDescendants')) compared++;
        return child.call(this, index);
      };
      try {
        edit();
      } finally {
        nodeClass.child = child;
      }
      return compared;
    };
    // A keystroke in a table's cell is checked as before; one in a paragraph compares nothing.
    const inCell = editor.state.doc.content.size - 5;
    expect(blocksCompared(() => editor.commands.insertContentAt(inCell, 'Y'))).toBeGreaterThan(200);
    expect(editor.state.doc.child(200).child(1).child(1).textContent).toBe('Y');
    expect(blocksCompared(() => editor.commands.insertContentAt(3, 'X'))).toBe(0);
    expect(editor.state.doc.child(0).textContent).toBe('PaXragraph 0.');
    expect(editor.state.doc.toJSON()).toEqual(rebuilt(doc).toJSON());
  });
});
