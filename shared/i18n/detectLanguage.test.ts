import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detectLanguage.ts';
import { directionRuns, firstStrongDirection } from './textDirection.ts';
import { Random } from '../binding/differential/random.ts';

describe('detectLanguage', () => {
  it('tells the six languages apart by script and frequent words', () => {
    expect(detectLanguage('يجب على الدول أن تضمن حصول جميع المهاجرين على الخدمات الأساسية')).toBe('ar');
    expect(detectLanguage('各国应确保所有移民获得基本服务。')).toBe('zh');
    expect(detectLanguage('Государства должны обеспечить доступ мигрантов к базовым услугам.')).toBe('ru');
    expect(detectLanguage('States must ensure that all migrants have access to the basic services of the State.')).toBe(
      'en',
    );
    expect(
      detectLanguage('Les États doivent garantir aux migrants l’accès aux services de base et à la justice.'),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Los Estados deben garantizar el acceso de los migrantes a los servicios básicos y a la justicia.',
      ),
    ).toBe('es');
  });

  it('goes by the main script when Latin names appear in Arabic or Chinese text', () => {
    expect(detectLanguage('قدمت منظمة Amnesty International تقريرها إلى IMRF في عام 2026')).toBe('ar');
    expect(detectLanguage('国际移民组织（IOM）和 UN Network on Migration 的报告')).toBe('zh');
  });

  it('says nothing without enough evidence', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('2026 — 12.5%')).toBeNull();
    expect(detectLanguage('Summary')).toBeNull();
  });
});

describe('text direction', () => {
  it('follows the first letter, ignoring digits and punctuation', () => {
    expect(firstStrongDirection('2026: تقرير')).toBe('rtl');
    expect(firstStrongDirection('«IMRF» في نيويورك')).toBe('ltr');
    expect(firstStrongDirection('١٢٣ ...')).toBeNull();
  });

  it('splits mixed text into runs of one direction', () => {
    expect(directionRuns('قدمت منظمة Amnesty International تقريرها 2026', 'rtl')).toEqual([
      { text: 'قدمت منظمة ', dir: 'rtl' },
      { text: 'Amnesty International ', dir: 'ltr' },
      { text: 'تقريرها 2026', dir: 'rtl' },
    ]);
    expect(directionRuns('(2026) report', 'rtl')).toEqual([
      { text: '(2026) ', dir: 'rtl' },
      { text: 'report', dir: 'ltr' },
    ]);
  });

  it('decides by the same letters as the Unicode properties say, past the sample limit too (its ASCII shortcut changes nothing)', () => {
    // The definition: the first 4,000 letters (\p{L}), each counted by its script, Han three times.
    const scriptByDefinition = (text: string): string | null => {
      const letters = [...text.matchAll(/\p{L}/gu)].slice(0, 4000).map((m) => m[0]);
      const count = (re: RegExp) => letters.filter((ch) => re.test(ch)).length;
      const counts = {
        ar: count(/\p{Script=Arabic}/u),
        zh: 3 * count(/[\p{Script=Han}\p{Script=Bopomofo}]/u),
        ru: count(/\p{Script=Cyrillic}/u),
        latin: count(/\p{Script=Latin}/u),
      };
      const [script, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
      return n < 3 ? null : script;
    };
    const pieces = [
      'the ',
      'and ',
      'of ',
      'le ',
      'el ',
      'État ',
      'ñ',
      'Z',
      '@[`{',
      '12 ',
      'تقرير ',
      'доступ ',
      '报告',
      '😀',
      'ǅ',
      ' ',
    ];
    const random = new Random(17);
    for (let i = 0; i < 80; i++) {
      let text = '';
      const length = random.int(0, 2500);
      for (let j = 0; j < length; j++) text += random.pick(pieces);
      const script = scriptByDefinition(text);
      const found = detectLanguage(text);
      if (script === 'latin') expect([null, 'en', 'fr', 'es']).toContain(found);
      else expect(found).toBe(script);
    }
  });
});
