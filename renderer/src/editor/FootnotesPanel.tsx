import type { Editor } from '@tiptap/core';
import { listFootnotes } from './footnoteCommands.ts';
import { useEditorValue } from '../hooks/useEditorValue.ts';
import { useT } from '../i18n/useT.ts';

/**
 * The footnotes under the text, numbered in document order; each opens for editing. Re-read when the
 * text settles rather than on every keystroke: a long report has hundreds of notes.
 */
export function FootnotesPanel({ editor, onEdit }: { editor: Editor; onEdit(pos: number): void }) {
  const t = useT();
  const footnotes = useEditorValue(editor, listFootnotes);
  if (footnotes.length === 0) return null;
  return (
    <section className="footnotes" aria-label={t('footnotes.title')}>
      <h2>{t('footnotes.title')}</h2>
      <ol>
        {footnotes.map((f) => (
          <li key={f.pos}>
            <span className="footnote-text" dir="auto">
              {f.text || <em>{t('footnotes.emptyText')}</em>}
            </span>
            <button
              type="button"
              className="link-button"
              aria-label={t('footnotes.editNumbered', { number: f.number })}
              onClick={() => onEdit(f.pos)}
            >
              {t('common.edit')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
