import type { BudgetCheck } from '../../../shared/model/budgetCheck.ts';

const minutes = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

/** One budget check in words: "120 / 300 words", "1:05 of 2:00 speaking time", "210 characters (minimum 300)". */
export function describeCheck(check: BudgetCheck): string {
  switch (check.measure) {
    case 'words':
      return `${check.actual.toLocaleString()} / ${check.limit.toLocaleString()} words`;
    case 'speakingSeconds':
      return `${minutes(check.actual)} of ${minutes(check.limit)} speaking time`;
    case 'minChars':
      return `${check.actual.toLocaleString()} characters (minimum ${check.limit.toLocaleString()})`;
    case 'maxChars':
      return `${check.actual.toLocaleString()} / ${check.limit.toLocaleString()} characters`;
  }
}

/** The warning for a check that failed, or null when it passes. */
export function budgetWarning(check: BudgetCheck): string | null {
  if (check.status === 'ok') return null;
  if (check.measure === 'minChars') return `Too short: ${check.limit - check.actual} more characters needed`;
  const over = check.actual - check.limit;
  if (check.measure === 'speakingSeconds') return `Over time by ${minutes(over)}`;
  return `Over budget by ${over.toLocaleString()} ${check.measure === 'words' ? 'words' : 'characters'}`;
}
