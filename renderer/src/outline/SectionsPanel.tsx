import { useCallback, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import { analyseSections, type SectionStats } from '../../../shared/model/sectionAnalysis.ts';
import { useEditorValue } from '../hooks/useEditorValue.ts';
import { SectionItem } from './SectionItem.tsx';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';

const NO_SECTIONS: SectionStats[] = [];

/** The document's sections with live counts against their budgets; over budget is visible, never blocking. */
export function SectionsPanel({
  editor,
  wordsPerMinute,
  onPaceChange,
}: {
  editor: Editor;
  wordsPerMinute: number;
  onPaceChange(wpm: number): void;
}) {
  const t = useT();
  const format = useFormat();
  // Counted once the opened document has been painted: at 100 pages, reading every block's words
  // took about a tenth of opening it.
  const sections = useEditorValue(editor, (e) => analyseSections(e.state.doc, { wordsPerMinute }), [wordsPerMinute], {
    whileOpening: NO_SECTIONS,
  });
  const latest = useRef(sections);
  latest.current = sections;
  // By index, read from the latest analysis: an item's position changes with every edit before it.
  const jump = useCallback(
    (index: number) => {
      const pos = latest.current.find((s) => s.index === index)?.headingPos ?? null;
      if (pos === null) return;
      editor
        .chain()
        .focus()
        .setTextSelection(pos + 1)
        .scrollIntoView()
        .run();
    },
    [editor],
  );
  const shown = sections.filter((s) => s.level > 0);
  if (shown.length === 0) return null;
  return (
    <nav className="sections-panel" aria-label={t('sections.title')}>
      <h2>{t('sections.title')}</h2>
      <label className="pace">
        {t('sections.pace')}
        <input
          type="number"
          min={60}
          max={250}
          value={wordsPerMinute}
          onChange={(e) => onPaceChange(Number(e.target.value))}
          aria-label={t('sections.paceLabel')}
        />
        {t('sections.paceUnit')}
      </label>
      <ol>
        {shown.map((s) => (
          <SectionItem
            key={s.index}
            index={s.index}
            level={s.level}
            title={s.title}
            totalWords={s.totalWords}
            checks={s.budgetReport.checks}
            tags={s.tags.all}
            onJump={jump}
            t={t}
            format={format}
          />
        ))}
      </ol>
    </nav>
  );
}
