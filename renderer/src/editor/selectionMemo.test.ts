import { afterEach, describe, expect, it } from 'vitest';
import { isActive } from '@tiptap/core';
import { NodeSelection, TextSelection, type EditorState } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import { BODY_FIELD } from '../../../shared/schema/extensions.ts';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';
import { memoAtSelection } from './selectionMemo.ts';

let opened: ReturnType<typeof openEditor> | null = null;
afterEach(() => opened?.close());

const formats = (state: EditorState) => ({
  bold: isActive(state, 'bold'),
  italic: isActive(state, 'italic'),
  h2: isActive(state, 'heading', { level: 2 }),
  bullet: isActive(state, 'bulletList'),
  quote: isActive(state, 'blockquote'),
});

function counted() {
  let reads = 0;
  const read = memoAtSelection((state) => (reads++, formats(state)));
  return { read, reads: () => reads };
}

const bold = { type: 'text', text: 'bold words', marks: [{ type: 'bold' }] };

describe('memoAtSelection', () => {
  it("does not read again for a collaborator's typing in another block, and does for the caret's own block", () => {
    const ydoc = documentWithBody([paragraph('First'), paragraph(bold), paragraph('Third')]);
    opened = openEditor(ydoc);
    const { editor } = opened;
    const { read, reads } = counted();
    const second = editor.state.doc.child(0).nodeSize;
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, second + 3)));
    expect(read(editor.state).bold).toBe(true);
    expect(reads()).toBe(1);
    // A collaborator types in the first and last blocks: positions shift, the caret's block stays.
    const body = ydoc.getXmlFragment(BODY_FIELD);
    const textOf = (i: number) => (body.get(i) as Y.XmlElement).get(0) as Y.XmlText;
    textOf(0).insert(0, 'Very ');
    textOf(2).insert(0, 'And ');
    expect(editor.state.doc.textContent).toBe('Very Firstbold wordsAnd Third');
    expect(read(editor.state)).toEqual(formats(editor.state));
    expect(reads()).toBe(1);
    // A change in the caret's block (it is unbolded there) is read.
    textOf(1).format(0, 10, { bold: null });
    expect(read(editor.state).bold).toBe(false);
    expect(reads()).toBe(2);
  });

  it('always answers as a fresh read would, through edits, moves, stored marks and block changes', () => {
    opened = openEditor(documentWithBody([paragraph('One'), paragraph(bold), paragraph('Three'), paragraph('Four')]));
    const { editor } = opened;
    const { read } = counted();
    const steps: [string, () => void][] = [
      ['caret in bold', () => editor.commands.setTextSelection(editor.state.doc.child(0).nodeSize + 2)],
      ['type before', () => editor.view.dispatch(editor.state.tr.insertText('x', 1))],
      ['stored italic', () => editor.commands.toggleItalic()],
      ['heading', () => editor.commands.setHeading({ level: 2 })],
      ['list elsewhere', () => editor.chain().setTextSelection(2).toggleBulletList().run()],
      ['back into heading', () => editor.commands.setTextSelection(editor.state.doc.child(0).nodeSize + 2)],
      ['quote around', () => editor.commands.toggleBlockquote()],
      ['range over blocks', () => editor.commands.setTextSelection({ from: 2, to: editor.state.doc.content.size - 2 })],
      [
        'select a block',
        () => editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, 0))),
      ],
      ['select all', () => editor.commands.selectAll()],
    ];
    for (const [name, step] of steps) {
      step();
      expect(read(editor.state), name).toEqual(formats(editor.state));
    }
  });
});
