import type { SectionBudget } from '../schema/budget.ts';

export type BudgetMeasure = 'words' | 'minChars' | 'maxChars' | 'speakingSeconds';
export type BudgetStatus = 'ok' | 'over' | 'under';

/** One limit of a budget against what is written. */
export interface BudgetCheck {
  measure: BudgetMeasure;
  limit: number;
  actual: number;
  status: BudgetStatus;
}

/** A budget's verdict: `none` when there is no budget, else the worst of its checks (over, then under). */
export interface BudgetReport {
  status: BudgetStatus | 'none';
  checks: BudgetCheck[];
}

/** What a section or document holds, in the budget's units. */
export interface Measured {
  words: number;
  characters: number;
  speakingSeconds: number;
}

/** Checks what is written against a budget. Budgets warn, never block: this only reports. */
export function checkBudget(budget: SectionBudget | null | undefined, measured: Measured): BudgetReport {
  if (!budget) return { status: 'none', checks: [] };
  const checks: BudgetCheck[] = [];
  const max = (measure: BudgetMeasure, limit: number | undefined, actual: number) => {
    if (limit !== undefined) checks.push({ measure, limit, actual, status: actual > limit ? 'over' : 'ok' });
  };
  max('words', budget.words, measured.words);
  if (budget.minChars !== undefined) {
    checks.push({
      measure: 'minChars',
      limit: budget.minChars,
      actual: measured.characters,
      status: measured.characters < budget.minChars ? 'under' : 'ok',
    });
  }
  max('maxChars', budget.maxChars, measured.characters);
  max('speakingSeconds', budget.speakingSeconds, measured.speakingSeconds);
  const status = checks.some((c) => c.status === 'over')
    ? 'over'
    : checks.some((c) => c.status === 'under')
      ? 'under'
      : checks.length
        ? 'ok'
        : 'none';
  return { status, checks };
}
