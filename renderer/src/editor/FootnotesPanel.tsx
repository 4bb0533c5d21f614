import type { Editor } from '@tiptap/core';
import { listFootnotes } from './footnoteCommands.ts';
import { useEditorValue } from '../hooks/useEditorValue.ts';

/**
 * The footnotes under the text, numbered in document order; each opens for editing. Re-read when the
 * text settles rather than on every keystroke: a long report has hundreds of notes.
 */
export function FootnotesPanel({ editor, onEdit }: { editor: Editor; onEdit(pos: number): void }) {
  const footnotes = useEditorValue(editor, listFootnotes);
  if (footnotes.length === 0) return null;
  return (
    <section className="footnotes" aria-label="Footnotes">
      <h2>Footnotes</h2>
      <ol>
        {footnotes.map((f) => (
          <li key={f.pos}>
            <span className="footnote-text">{f.text || <em>(empty)</em>}</span>{' '}
            <button
              type="button"
              className="link-button"
              aria-label={`Edit footnote ${f.number}`}
              onClick={() => onEdit(f.pos)}
            >
              Edit
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
