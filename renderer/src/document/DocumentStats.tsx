import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { bodyStats } from '../../../shared/model/documentText.ts';
import { useEditorValue } from '../hooks/useEditorValue.ts';

const counts = (editor: Editor) => bodyStats(editor.state.doc);

/** Word and character count under the text, recounted when the text settles. */
export function DocumentStats({ editor, children }: { editor: Editor; children?: ReactNode }) {
  const stats = useEditorValue(editor, counts);
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
