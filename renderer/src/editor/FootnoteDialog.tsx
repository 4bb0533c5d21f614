import type { Editor } from '@tiptap/core';
import { PromptDialog } from '../ui/PromptDialog.tsx';
import { deleteFootnote, insertFootnote, updateFootnote } from './footnoteCommands.ts';
import { useT } from '../i18n/useT.ts';

/** A new footnote at the cursor (pos null) or the existing one at `pos`. */
export interface FootnoteTarget {
  pos: number | null;
}

const MAX_FOOTNOTE = 5000;

/**
 * Writes or edits a footnote's text. With a `readOnlyReason` (a viewer, a commenter, a final or
 * submitted document: the role rule) the note opens to be read, saying why it cannot be changed, and
 * neither Save nor Delete is offered: nothing reaches the text that the relay would refuse.
 */
export function FootnoteDialog({
  editor,
  target,
  readOnlyReason,
  onClose,
}: {
  editor: Editor;
  target: FootnoteTarget;
  readOnlyReason: string | undefined;
  onClose(): void;
}) {
  const t = useT();
  const existing = target.pos === null ? null : editor.state.doc.nodeAt(target.pos);
  const editing = existing?.type.name === 'footnote' && target.pos !== null;
  const title =
    readOnlyReason !== undefined ? 'footnote.viewTitle' : editing ? 'footnote.editTitle' : 'footnote.insertTitle';
  return (
    <PromptDialog
      title={t(title)}
      label={t('footnote.text')}
      multiline
      initial={editing ? existing.textContent : ''}
      confirm={editing ? t('footnote.save') : t('footnote.insert')}
      readOnlyReason={readOnlyReason}
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
            {t('footnote.delete')}
          </button>
        ) : null
      }
      onConfirm={(value) => {
        const text = value.replace(/\s+/g, ' ').trim();
        if (text.length > MAX_FOOTNOTE) return t('footnote.tooLong', { max: MAX_FOOTNOTE });
        if (editing) updateFootnote(editor, target.pos as number, text);
        else insertFootnote(editor, text);
        return null;
      }}
    />
  );
}
