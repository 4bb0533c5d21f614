import type { Editor } from '@tiptap/core';
import { analyseSections } from '../../../shared/model/sectionAnalysis.ts';
import { useEditorValue } from '../hooks/useEditorValue.ts';
import { budgetWarning, describeCheck } from './budgetText.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';

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
  const sections = useEditorValue(editor, (e) => analyseSections(e.state.doc, { wordsPerMinute }), [wordsPerMinute]);
  const shown = sections.filter((s) => s.level > 0);
  if (shown.length === 0) return null;
  const jump = (pos: number | null) => {
    if (pos === null) return;
    editor
      .chain()
      .focus()
      .setTextSelection(pos + 1)
      .scrollIntoView()
      .run();
  };
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
        {shown.map((s) => {
          const warnings = s.budgetReport.checks
            .map((c) => budgetWarning(t, format, c))
            .filter((w): w is string => w !== null);
          return (
            <li key={s.index} className={`level-${s.level} ${warnings.length ? 'out-of-budget' : ''}`}>
              <button type="button" className="link-button" onClick={() => jump(s.headingPos)}>
                <bdi>{s.title || t('sections.untitled')}</bdi>
              </button>
              <span className="counts">
                {s.budgetReport.checks.length
                  ? s.budgetReport.checks.map((c) => describeCheck(t, format, c)).join(' · ')
                  : t('stats.words', { count: s.totalWords })}
              </span>
              {s.tags.all.length > 0 && <span className="hint"> {s.tags.all.join(' ')}</span>}
              {warnings.map((w) => (
                <span key={w} className="budget-warning" role="note">
                  {w}
                </span>
              ))}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
