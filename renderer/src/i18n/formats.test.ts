import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { formatsFor } from './formats.ts';

const inLanguage = (locale: string) => formatsFor(createIntl({ locale, messages: {} }));

describe('formats', () => {
  it('writes calendar days and ranges as the language does, whatever the time zone', () => {
    expect(inLanguage('en').day('2026-11-27')).toBe('November 27, 2026');
    expect(inLanguage('fr').day('2026-11-27')).toBe('27 novembre 2026');
    expect(inLanguage('en').days('2030-05-07', '2030-05-10')).toBe('May 7 – 10, 2030');
    expect(inLanguage('en').days('2030-05-07')).toBe('May 7, 2030');
    expect(inLanguage('zh').days('2030-05-07')).toBe('2030年5月7日');
    expect(inLanguage('ar').days('2030-05-07', '2030-05-10')).toBe('7–10 مايو 2030');
    expect(inLanguage('en').dateTime('2026-11-27T14:05:00')).toBe('Nov 27, 2026, 2:05 PM');
  });

  it('says how far a day is from today', () => {
    const en = inLanguage('en');
    expect(en.fromToday('2026-03-15', '2026-03-12')).toBe('in 3 days');
    expect(en.fromToday('2026-03-13', '2026-03-12')).toBe('tomorrow');
    expect(en.fromToday('2026-03-10', '2026-03-12')).toBe('2 days ago');
    expect(inLanguage('es').fromToday('2026-03-15', '2026-03-12')).toBe('dentro de 3 días');
    expect(inLanguage('ru').fromToday('2026-03-17', '2026-03-12')).toBe('через 5 дней');
    expect(en.fromToday('2026-04-02', '2026-03-12')).toBe('in 3 weeks');
    expect(en.fromToday('2026-08-12', '2026-03-12')).toBe('in 5 months');
    expect(inLanguage('fr').fromToday('2030-05-07', '2026-03-12')).toBe('dans 4 ans');
  });

  it('groups numbers and writes durations in the language’s digits', () => {
    expect(inLanguage('en').number(12345)).toBe('12,345');
    expect(inLanguage('fr').number(12345)).toBe('12\u202f345');
    expect(inLanguage('en').duration(65)).toBe('1:05');
    expect(inLanguage('ar-EG').duration(65)).toBe('١:٠٥');
  });

  it('joins lists with the language’s conjunction, and leaves unreadable dates empty or as they are', () => {
    expect(inLanguage('en').list(['A', 'B', 'C'])).toBe('A, B, and C');
    expect(inLanguage('fr').list(['A', 'B'])).toBe('A et B');
    expect(inLanguage('en').dateTime('not a date')).toBe('');
    expect(inLanguage('en').day('soon')).toBe('soon');
  });
});
