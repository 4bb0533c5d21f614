import type { Editor } from '@tiptap/core';
import { analyseSections } from '../../../shared/model/sectionAnalysis.ts';
import { useEditorValue } from '../hooks/useEditorValue.ts';
import { budgetWarning, describeCheck } from './budgetText.ts';

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
    <nav className="sections-panel" aria-label="Sections">
      <h2>Sections</h2>
      <label className="pace">
        Speaking pace{' '}
        <input
          type="number"
          min={60}
          max={250}
          value={wordsPerMinute}
          onChange={(e) => onPaceChange(Number(e.target.value))}
          aria-label="Speaking pace in words per minute"
        />{' '}
        words/min
      </label>
      <ol>
        {shown.map((s) => {
          const warnings = s.budgetReport.checks.map(budgetWarning).filter((w): w is string => w !== null);
          return (
            <li key={s.index} className={`level-${s.level} ${warnings.length ? 'out-of-budget' : ''}`}>
              <button type="button" className="link-button" onClick={() => jump(s.headingPos)}>
                {s.title || '(untitled section)'}
              </button>
              <span className="counts">
                {s.budgetReport.checks.length
                  ? s.budgetReport.checks.map(describeCheck).join(' · ')
                  : `${s.totalWords.toLocaleString()} words`}
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
