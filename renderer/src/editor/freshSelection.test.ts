import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { documentWithBody, openEditor, paragraph, textOf } from '../testing/editorFixture.ts';

let close = () => undefined as void;
afterEach(() => close());

/**
 * Selects `length` characters from the start of the first paragraph in the page only, and presses
 * `key` in the same task: as on a busy machine, where Chromium handles the next key press before the
 * `selectionchange` of the selection, so ProseMirror has not heard of it by itself.
 */
function selectAndPress(dom: HTMLElement, length: number, key: string) {
  const text = dom.querySelector('p')!.firstChild!;
  dom.ownerDocument.getSelection()!.setBaseAndExtent(text, 0, text, length);
  dom.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, bubbles: true, cancelable: true }));
}

/** Focuses the editor with the caret at the end of the text (at once: Tiptap's focus command waits a frame). */
function caretAtEnd(editor: Editor) {
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  editor.view.focus();
}

describe('a key pressed before the editor heard of a keyboard selection', () => {
  for (const key of ['Delete', 'Backspace']) {
    it(`${key} deletes what the page shows selected, not at the old caret`, () => {
      const opened = openEditor(documentWithBody([paragraph('Regular pathways save lives.')]));
      close = opened.close;
      const { editor } = opened;
      caretAtEnd(editor); // where it was after typing
      selectAndPress(editor.view.dom, 'Regular '.length, key);
      expect(textOf(editor)).toBe('pathways save lives.');
    });
  }

  it('Enter splits at what the page shows', () => {
    const opened = openEditor(documentWithBody([paragraph('Regular pathways save lives.')]));
    close = opened.close;
    const { editor } = opened;
    caretAtEnd(editor);
    selectAndPress(editor.view.dom, 'Regular '.length, 'Enter');
    expect(editor.state.doc.childCount).toBe(2);
    expect(editor.state.doc.child(1).textContent).toBe('pathways save lives.');
  });
});
