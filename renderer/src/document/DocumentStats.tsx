import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { bodyStats } from '../../../shared/model/documentText.ts';
import { useEditorValue } from '../hooks/useEditorValue.ts';
import { useT } from '../i18n/useT.ts';

const counts = (editor: Editor) => bodyStats(editor.state.doc);

/**
 * Word and character count under the text, recounted when the text settles. Counted first once the
 * opened document has been painted (a long report's first count held back the moment it could be
 * read); until then the bar shows no count rather than a wrong one.
 */
export function DocumentStats({ editor, children }: { editor: Editor; children?: ReactNode }) {
  const stats = useEditorValue<ReturnType<typeof counts> | null>(editor, counts, [], { whileOpening: null });
  const t = useT();
  return (
    <footer className="status-bar" aria-label={t('stats.label')}>
      {children}
      <span className="spacer" />
      {stats && (
        <>
          <span>{t('stats.words', { count: stats.words })}</span>
          <span>{t('stats.characters', { count: stats.characters })}</span>
          <span>{t('stats.footnotesNotCounted')}</span>
        </>
      )}
    </footer>
  );
}
