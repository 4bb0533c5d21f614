import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/locales.ts';
import { OBJECTIVES } from '../objectives.ts';
import {
  objectiveHeading,
  objectiveTitle,
  principleTitle,
  roundTableHeading,
  roundTableTitle,
} from './localizedTitles.ts';

describe('titles in the six languages', () => {
  it.each(LOCALES)(
    '%s: 23 objectives, 10 principles, 4 round tables; official only with a source, ours never',
    (locale) => {
      const all = [
        ...Array.from({ length: 23 }, (_, i) => objectiveTitle(i + 1, locale)),
        ...Array.from({ length: 10 }, (_, i) => principleTitle(i + 1, locale)),
        ...Array.from({ length: 4 }, (_, i) => roundTableTitle(i + 1, locale)),
      ];
      for (const title of all) {
        expect(title.text.trim()).not.toBe('');
        if (title.official) expect(title.source?.url).toMatch(/^https:\/\//);
        if (title.confidence === 'ours') expect([title.official, title.source]).toEqual([false, undefined]);
        if (title.confidence === 'secondary') expect(title.official).toBe(false);
      }
      for (let n = 1; n <= 4; n++) expect(roundTableTitle(n, locale).official).toBe(false);
      expect(() => objectiveTitle(24, locale)).toThrow();
    },
  );

  it('marks a heading whose wording is not official with a note giving the official English title', () => {
    expect(objectiveHeading(13, 'en')).toEqual({ text: `Objective 13: ${OBJECTIVES[12]!.title}` });
    expect(objectiveHeading(13, 'fr').note).toBeUndefined();
    const arabic = objectiveHeading(13, 'ar');
    expect(arabic.text).toBe('الهدف 13: عدم اللجوء إلى احتجاز المهاجرين إلا كملاذ أخير والعمل على إيجاد بدائل له');
    expect(arabic.note).toContain('ترجمة غير رسمية');
    expect(arabic.note).toContain(OBJECTIVES[12]!.title);
    expect(objectiveHeading(18, 'fr').note).toMatch(/^Traduction non officielle/);
    expect(objectiveHeading(3, 'fr').note).toMatch(/source secondaire \(Chambre des communes du Canada/);
    expect(objectiveHeading(1, 'ru').note).toMatch(/вторичному источнику/);
    expect(objectiveHeading(15, 'es').note).toMatch(/^Traducción no oficial/);
    expect(objectiveHeading(15, 'zh').text).toBe('目标15：为移民提供获得基本服务的机会');
    expect(roundTableHeading(2, 'es')).toBe(
      'Mesa redonda 2: Proteger a los migrantes mediante medidas de gobernanza de las fronteras basadas en los derechos',
    );
  });
});
