import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { bodyStats } from '../../../shared/model/documentText.ts';
import { useEditorValue } from '../hooks/useEditorValue.ts';
import { useT } from '../i18n/useT.ts';

const counts = (editor: Editor) => bodyStats(editor.state.doc);

/** Word and character count under the text, recounted when the text settles. */
export function DocumentStats({ editor, children }: { editor: Editor; children?: ReactNode }) {
  const stats = useEditorValue(editor, counts);
  const t = useT();
  return (
    <footer className="status-bar" aria-label={t('stats.label')}>
      {children}
      <span className="spacer" />
      <span>{t('stats.words', { count: stats.words })}</span>
      <span>{t('stats.characters', { count: stats.characters })}</span>
      <span>{t('stats.footnotesNotCounted')}</span>
    </footer>
  );
}
