import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteFootnote, insertFootnote, listFootnotes, updateFootnote } from './footnoteCommands.ts';
import { documentWithBody, openEditor, paragraph } from '../testing/editorFixture.ts';

let opened: ReturnType<typeof openEditor>;
beforeEach(() => {
  opened = openEditor(documentWithBody([paragraph('First claim.'), paragraph('Second claim.')]));
});
afterEach(() => opened.close());

describe('footnote commands', () => {
  it('numbers footnotes in document order, whatever order they were added in', () => {
    const { editor } = opened;
    editor.commands.setTextSelection(26); // end of the second paragraph
    insertFootnote(editor, 'Source B');
    editor.commands.setTextSelection(12); // end of the first
    insertFootnote(editor, 'Source A');
    expect(listFootnotes(editor).map((f) => [f.number, f.text])).toEqual([
      [1, 'Source A'],
      [2, 'Source B'],
    ]);
  });

  it('edits and deletes the footnote at a position, and refuses other positions', () => {
    const { editor } = opened;
    editor.commands.setTextSelection(12);
    insertFootnote(editor, 'Draft source');
    const [note] = listFootnotes(editor);
    expect(updateFootnote(editor, note!.pos, 'Final source')).toBe(true);
    expect(listFootnotes(editor)[0]?.text).toBe('Final source');
    expect(updateFootnote(editor, 1, 'not a footnote')).toBe(false);
    expect(deleteFootnote(editor, 1)).toBe(false);
    expect(deleteFootnote(editor, note!.pos)).toBe(true);
    expect(listFootnotes(editor)).toEqual([]);
    expect(editor.state.doc.textContent).toBe('First claim.Second claim.');
  });

  it('lists footnotes at their current places after typing and splitting before them', () => {
    const { editor } = opened;
    editor.commands.setTextSelection(26);
    insertFootnote(editor, 'Source B');
    editor.commands.setTextSelection(12);
    insertFootnote(editor, 'Source A');
    listFootnotes(editor);
    editor.chain().setTextSelection(3).insertContent('more text ').run();
    editor.chain().setTextSelection(5).splitBlock().run();
    const notes = listFootnotes(editor);
    expect(notes.map((f) => [f.number, f.text])).toEqual([
      [1, 'Source A'],
      [2, 'Source B'],
    ]);
    for (const note of notes) expect(editor.state.doc.nodeAt(note.pos)?.textContent).toBe(note.text);
  });
});
