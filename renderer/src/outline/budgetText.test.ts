import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { budgetWarning, describeCheck } from './budgetText.ts';
import { checkBudget } from '../../../shared/model/budgetCheck.ts';
import { formatsFor } from '../i18n/formats.ts';
import { englishT } from '../testing/english.ts';
import { fr } from '../../../shared/i18n/catalogues/fr.ts';
import type { Translate } from '../i18n/useT.ts';

const measured = (words: number, characters: number, speakingSeconds: number) => ({
  words,
  characters,
  speakingSeconds,
});
const english = formatsFor(createIntl({ locale: 'en', messages: {} }));
const describe_ = (check: Parameters<typeof describeCheck>[2]) => describeCheck(englishT, english, check);
const warn = (check: Parameters<typeof budgetWarning>[2]) => budgetWarning(englishT, english, check);

describe('budget text', () => {
  it('describes each measure, and warns about nothing within budget', () => {
    const report = checkBudget(
      { words: 300, minChars: 100, maxChars: 2000, speakingSeconds: 120 },
      measured(120, 700, 65),
    );
    expect(report.checks.map(describe_)).toEqual([
      '120 / 300 words',
      '700 characters (minimum 100)',
      '700 / 2,000 characters',
      '1:05 of 2:00 speaking time',
    ]);
    expect(report.checks.map(warn)).toEqual([null, null, null, null]);
  });

  it('says by how much a section is over or under', () => {
    const report = checkBudget({ words: 300, minChars: 300, speakingSeconds: 120 }, measured(310, 210, 150));
    expect(report.checks.map(warn)).toEqual([
      'Over budget by 10 words',
      'Too short: 90 more characters needed',
      'Over time by 0:30',
    ]);
    const chars = checkBudget({ maxChars: 100 }, measured(20, 130, 10));
    expect(chars.checks.map(warn)).toEqual(['Over budget by 30 characters']);
    const one = checkBudget({ words: 300 }, measured(301, 2000, 150));
    expect(one.checks.map(warn)).toEqual(['Over budget by 1 word']);
  });

  it('counts and groups in the interface language (French)', () => {
    const intl = createIntl({ locale: 'fr', messages: fr });
    const t: Translate = (id, values) => intl.formatMessage({ id }, values);
    const [words] = checkBudget({ words: 3000 }, measured(1200, 0, 0)).checks;
    expect(describeCheck(t, formatsFor(intl), words!)).toBe('1\u202f200 / 3\u202f000 mots');
  });
});
