import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { listFootnotes, type FootnoteInfo } from './footnoteCommands.ts';

const same = (a: FootnoteInfo[], b: FootnoteInfo[]) =>
  a.length === b.length && a.every((f, i) => f.pos === b[i]?.pos && f.text === b[i]?.text);

/**
 * The footnotes under the text, numbered in document order; each opens for editing. Re-read shortly
 * after the text changes rather than on every keystroke: a long report has hundreds of notes.
 */
export function FootnotesPanel({ editor, onEdit }: { editor: Editor; onEdit(pos: number): void }) {
  const [footnotes, setFootnotes] = useState(() => listFootnotes(editor));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const reread = () => {
      timer = null;
      const next = listFootnotes(editor);
      setFootnotes((prev) => (same(prev, next) ? prev : next));
    };
    const onUpdate = () => {
      if (timer === null) timer = setTimeout(reread, 120);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor]);
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
