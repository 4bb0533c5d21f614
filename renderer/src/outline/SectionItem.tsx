import { memo } from 'react';
import type { BudgetCheck } from '../../../shared/model/budgetCheck.ts';
import { budgetWarning, describeCheck } from './budgetText.ts';
import type { Translate } from '../i18n/useT.ts';
import type { Formats } from '../i18n/formats.ts';

interface SectionItemProps {
  index: number;
  level: number;
  title: string;
  totalWords: number;
  checks: BudgetCheck[];
  tags: string[];
  onJump(index: number): void;
  t: Translate;
  format: Formats;
}

const sameChecks = (a: BudgetCheck[], b: BudgetCheck[]) =>
  a.length === b.length &&
  a.every(
    (c, i) =>
      c.measure === b[i]!.measure && c.limit === b[i]!.limit && c.actual === b[i]!.actual && c.status === b[i]!.status,
  );

// Each analysis makes new arrays: compare what they hold, so only the section typed in renders again
// (its counts and warnings are formatted messages, a few hundred of them in a long report).
const sameItem = (a: SectionItemProps, b: SectionItemProps) =>
  a.index === b.index &&
  a.level === b.level &&
  a.title === b.title &&
  a.totalWords === b.totalWords &&
  a.onJump === b.onJump &&
  a.t === b.t &&
  a.format === b.format &&
  a.tags.join(' ') === b.tags.join(' ') &&
  sameChecks(a.checks, b.checks);

/** One section of the sections panel, with its counts against its budget; unchanged sections are not rendered again. */
export const SectionItem = memo(function SectionItem({
  index,
  level,
  title,
  totalWords,
  checks,
  tags,
  onJump,
  t,
  format,
}: SectionItemProps) {
  const warnings = checks.map((c) => budgetWarning(t, format, c)).filter((w): w is string => w !== null);
  return (
    <li className={`level-${level} ${warnings.length ? 'out-of-budget' : ''}`}>
      <button type="button" className="link-button" onClick={() => onJump(index)}>
        <bdi>{title || t('sections.untitled')}</bdi>
      </button>
      <span className="counts">
        {checks.length
          ? checks.map((c) => describeCheck(t, format, c)).join(' · ')
          : t('stats.words', { count: totalWords })}
      </span>
      {tags.length > 0 && <span className="hint"> {tags.join(' ')}</span>}
      {warnings.map((w) => (
        <span key={w} className="budget-warning" role="note">
          {w}
        </span>
      ))}
    </li>
  );
}, sameItem);
