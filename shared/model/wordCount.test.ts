import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords } from './wordCount.ts';

/** The definition the scan implements: one word per match of this expression. */
const byExpression = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

describe('countWords', () => {
  it('counts words as a reader would, in the six UN languages', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n ')).toBe(0);
    expect(countWords('Safe, orderly and regular migration.')).toBe(5);
    expect(countWords("The Compact's 23 objectives: state-led, people-centred.")).toBe(6);
    expect(countWords('l’État, aujourd’hui')).toBe(2);
    expect(countWords("a--b -c d- 'e'")).toBe(5);
    expect(countWords('Глобальный договор о миграции')).toBe(4);
    expect(countWords('الاتفاق العالمي من أجل الهجرة')).toBe(5);
    expect(countWords('Pacto Mundial para la Migración 2030')).toBe(6);
    // A run of Han characters has no spaces: one run, one word, as the expression counts it.
    expect(countWords('全球移民契约 2026')).toBe(2);
    expect(countWords('𝐀𝐁 😀 x')).toBe(2); // letters outside the BMP count; an emoji does not
  });

  it('agrees with the expression on any text', () => {
    const pieces = [
      'a',
      'Z',
      '7',
      ' ',
      '\n',
      "'",
      '’',
      '-',
      '--',
      'é',
      'ß',
      'م',
      '中',
      '١',
      '\u0301',
      '😀',
      '𝐀',
      '\ud800',
      '\udc00',
      '.',
      '_',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe(byExpression(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(countWords(text)).toBe(byExpression(text));
      }),
      { numRuns: 3000 },
    );
  });
});
