import { describe, expect, it } from 'vitest';
import { budgetWarning, describeCheck } from './budgetText.ts';
import { checkBudget } from '../../../shared/model/budgetCheck.ts';

const measured = (words: number, characters: number, speakingSeconds: number) => ({
  words,
  characters,
  speakingSeconds,
});

describe('budget text', () => {
  it('describes each measure, and warns about nothing within budget', () => {
    const report = checkBudget(
      { words: 300, minChars: 100, maxChars: 2000, speakingSeconds: 120 },
      measured(120, 700, 65),
    );
    expect(report.checks.map(describeCheck)).toEqual([
      '120 / 300 words',
      '700 characters (minimum 100)',
      '700 / 2,000 characters',
      '1:05 of 2:00 speaking time',
    ]);
    expect(report.checks.map(budgetWarning)).toEqual([null, null, null, null]);
  });

  it('says by how much a section is over or under', () => {
    const report = checkBudget({ words: 300, minChars: 300, speakingSeconds: 120 }, measured(310, 210, 150));
    expect(report.checks.map(budgetWarning)).toEqual([
      'Over budget by 10 words',
      'Too short: 90 more characters needed',
      'Over time by 0:30',
    ]);
    const chars = checkBudget({ maxChars: 100 }, measured(20, 130, 10));
    expect(chars.checks.map(budgetWarning)).toEqual(['Over budget by 30 characters']);
  });
});
