import { memo, useCallback, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import { listFootnotes } from './footnoteCommands.ts';
import { useEditorValue } from '../hooks/useEditorValue.ts';
import { useT } from '../i18n/useT.ts';
import type { Translate } from '../i18n/useT.ts';

/** One note of the list; unchanged notes are not rendered again when the text settles. */
const FootnoteItem = memo(function FootnoteItem({
  number,
  text,
  onEdit,
  readOnlyReason,
  t,
}: {
  number: number;
  text: string;
  onEdit(number: number): void;
  readOnlyReason: string | undefined;
  t: Translate;
}) {
  return (
    <li>
      <span className="footnote-text" dir="auto">
        {text || <em>{t('footnotes.emptyText')}</em>}
      </span>
      <button
        type="button"
        className="link-button"
        aria-label={t('footnotes.editNumbered', { number })}
        title={readOnlyReason}
        onClick={() => onEdit(number)}
      >
        {t('common.edit')}
      </button>
    </li>
  );
});

const NO_FOOTNOTES: ReturnType<typeof listFootnotes> = [];

/**
 * The footnotes under the text, numbered in document order; each opens for editing (read-only, saying
 * why, with a `readOnlyReason`: a viewer, a commenter, a final or submitted document). Re-read when the
 * text settles rather than on every keystroke: a long report has hundreds of notes. Items are keyed
 * by their number and know nothing of positions, so typing before the notes renders none of them again.
 */
export function FootnotesPanel({
  editor,
  readOnlyReason,
  onEdit,
}: {
  editor: Editor;
  readOnlyReason?: string;
  onEdit(pos: number): void;
}) {
  const t = useT();
  // Listed once the opened document has been painted: a long report's notes (the walk, and the list's
  // elements to lay out) held back the moment it could be read.
  const footnotes = useEditorValue(editor, listFootnotes, [], { whileOpening: NO_FOOTNOTES });
  const latest = useRef({ footnotes, onEdit });
  latest.current = { footnotes, onEdit };
  const editNumber = useCallback((number: number) => {
    const note = latest.current.footnotes[number - 1];
    if (note) latest.current.onEdit(note.pos);
  }, []);
  if (footnotes.length === 0) return null;
  return (
    <section className="footnotes" aria-label={t('footnotes.title')}>
      <h2>{t('footnotes.title')}</h2>
      <ol>
        {footnotes.map((f) => (
          <FootnoteItem
            key={f.number}
            number={f.number}
            text={f.text}
            onEdit={editNumber}
            readOnlyReason={readOnlyReason}
            t={t}
          />
        ))}
      </ol>
    </section>
  );
}
