import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import { exportWording, fill, wordingParts } from './exportWording.ts';

const places = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('export wording', () => {
  it.each(LOCALES)('%s has every phrase, with the same places as English', (locale) => {
    const en = exportWording('en');
    const mine = exportWording(locale);
    expect(Object.keys(mine).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(mine[key].trim(), `${locale} ${key}`).not.toBe('');
      expect(places(mine[key]), `${locale} ${key}`).toEqual(places(en[key]));
    }
  });

  it('fills values in and cuts a phrase at its places', () => {
    expect(fill(exportWording('zh').page, { page: 3, pages: 12 })).toBe('第 3 页，共 12 页');
    expect(wordingParts(exportWording('ar').page)).toEqual([
      { text: 'الصفحة ' },
      { value: 'page' },
      { text: ' من ' },
      { value: 'pages' },
    ]);
  });
});
