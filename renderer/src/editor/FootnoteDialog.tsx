import type { Editor } from '@tiptap/core';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { deleteFootnote, insertFootnote, updateFootnote } from './footnoteCommands.ts';

/** A new footnote at the cursor (pos null) or the existing one at `pos`. */
export interface FootnoteTarget {
  pos: number | null;
}

const MAX_FOOTNOTE = 5000;

/** Writes or edits a footnote's text. */
export function FootnoteDialog({
  editor,
  target,
  onClose,
}: {
  editor: Editor;
  target: FootnoteTarget;
  onClose(): void;
}) {
  const existing = target.pos === null ? null : editor.state.doc.nodeAt(target.pos);
  const editing = existing?.type.name === 'footnote' && target.pos !== null;
  return (
    <PromptDialog
      title={editing ? 'Edit footnote' : 'Insert footnote'}
      label="Footnote text"
      multiline
      initial={editing ? existing.textContent : ''}
      confirm={editing ? 'Save footnote' : 'Insert footnote'}
      onClose={onClose}
      onClosed={() => editor.view.focus()}
      extraActions={
        editing ? (
          <button
            type="button"
            className="danger"
            onClick={() => {
              deleteFootnote(editor, target.pos as number);
              onClose();
            }}
          >
            Delete footnote
          </button>
        ) : null
      }
      onConfirm={(value) => {
        const text = value.replace(/\s+/g, ' ').trim();
        if (text.length > MAX_FOOTNOTE) return `A footnote can hold up to ${MAX_FOOTNOTE.toLocaleString()} characters.`;
        if (editing) updateFootnote(editor, target.pos as number, text);
        else insertFootnote(editor, text);
        return null;
      }}
    />
  );
}
