import { useEffect, useState, type ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { bodyStats } from '../../../shared/model/documentText.ts';

const counts = (editor: Editor) => bodyStats(editor.state.doc);

/** Word and character count under the text, recounted shortly after typing pauses. */
export function DocumentStats({ editor, children }: { editor: Editor; children?: ReactNode }) {
  const [stats, setStats] = useState(() => counts(editor));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setStats(counts(editor)), 150);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor]);
  return (
    <footer className="status-bar" aria-label="Document statistics">
      {children}
      <span className="spacer" />
      <span>{stats.words.toLocaleString()} words</span>
      <span>{stats.characters.toLocaleString()} characters</span>
      <span>footnotes not counted</span>
    </footer>
  );
}
