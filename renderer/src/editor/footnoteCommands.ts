import type { Editor } from '@tiptap/core';
import { Fragment } from '@tiptap/pm/model';
import { newId } from '../../../shared/ids.ts';
import { footnotesIn } from './footnoteNumbers.ts';
import { settleNow } from '../hooks/settle.ts';

export interface FootnoteInfo {
  pos: number;
  number: number;
  text: string;
}

/** Every footnote in document order with its number (numbers are never stored: they follow order). */
export function listFootnotes(editor: Editor): FootnoteInfo[] {
  const out: FootnoteInfo[] = [];
  editor.state.doc.forEach((block, offset) => {
    for (const { at, text } of footnotesIn(block)) out.push({ pos: offset + 1 + at, number: out.length + 1, text });
  });
  return out;
}

/** Inserts a footnote with `text` at the cursor. */
export function insertFootnote(editor: Editor, text: string): boolean {
  const content = text ? [{ type: 'text', text }] : [];
  return editor
    .chain()
    .focus()
    .insertContent({ type: 'footnote', attrs: { id: newId() }, content })
    .command(({ tr }) => !!settleNow(tr))
    .run();
}

/** Replaces the text of the footnote at `pos`. */
export function updateFootnote(editor: Editor, pos: number, text: string): boolean {
  const node = editor.state.doc.nodeAt(pos);
  if (!node || node.type.name !== 'footnote') return false;
  const { tr, schema } = editor.state;
  tr.replaceWith(pos + 1, pos + 1 + node.content.size, text ? schema.text(text) : Fragment.empty);
  editor.view.dispatch(settleNow(tr));
  return true;
}

/** Removes the footnote at `pos`. */
export function deleteFootnote(editor: Editor, pos: number): boolean {
  const node = editor.state.doc.nodeAt(pos);
  if (!node || node.type.name !== 'footnote') return false;
  editor.view.dispatch(settleNow(editor.state.tr.delete(pos, pos + node.nodeSize)));
  return true;
}
