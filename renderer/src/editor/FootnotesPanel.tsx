import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { listFootnotes } from './footnoteCommands.ts';

/** The footnotes under the text, numbered in document order; each opens for editing. */
export function FootnotesPanel({ editor, onEdit }: { editor: Editor; onEdit(pos: number): void }) {
  const footnotes = useEditorState({
    editor,
    selector: ({ editor: e }) => listFootnotes(e),
    equalityFn: (a, b) => !!b && a.length === b.length && a.every((f, i) => f.pos === b[i]?.pos && f.text === b[i]?.text),
  });
  if (footnotes.length === 0) return null;
  return (
    <section className="footnotes" aria-label="Footnotes">
      <h2>Footnotes</h2>
      <ol>
        {footnotes.map((f) => (
          <li key={f.pos}>
            <span className="footnote-text">{f.text || <em>(empty)</em>}</span>{' '}
            <button type="button" className="link-button" aria-label={`Edit footnote ${f.number}`} onClick={() => onEdit(f.pos)}>
              Edit
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
