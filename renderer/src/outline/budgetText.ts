import type { BudgetCheck } from '../../../shared/model/budgetCheck.ts';
import type { Formats } from '../i18n/formats.ts';
import type { Translate } from '../i18n/useT.ts';

/** One budget check in words: "120 / 300 words", "1:05 of 2:00 speaking time", "210 characters (minimum 300)". */
export function describeCheck(t: Translate, format: Formats, check: BudgetCheck): string {
  const { actual, limit } = check;
  switch (check.measure) {
    case 'words':
      return t('budget.words', { actual, limit });
    case 'speakingSeconds':
      return t('budget.speaking', { actual: format.duration(actual), limit: format.duration(limit) });
    case 'minChars':
      return t('budget.minChars', { actual, limit });
    case 'maxChars':
      return t('budget.maxChars', { actual, limit });
  }
}

/** The warning for a check that failed, or null when it passes. */
export function budgetWarning(t: Translate, format: Formats, check: BudgetCheck): string | null {
  if (check.status === 'ok') return null;
  if (check.measure === 'minChars') return t('budget.tooShort', { count: check.limit - check.actual });
  const over = check.actual - check.limit;
  if (check.measure === 'speakingSeconds') return t('budget.overTime', { over: format.duration(over) });
  return check.measure === 'words' ? t('budget.overWords', { count: over }) : t('budget.overChars', { count: over });
}
