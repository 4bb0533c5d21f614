import { describe, expect, it } from 'vitest';
import { directionOf, negotiateLocale } from './locales.ts';

describe('negotiateLocale', () => {
  it('takes the first preferred language the interface speaks, by its primary subtag', () => {
    expect(negotiateLocale(['de-DE', 'fr-CA', 'en-US'])).toBe('fr');
    expect(negotiateLocale(['zh-Hans-CN'])).toBe('zh');
    expect(negotiateLocale(['ar_EG'])).toBe('ar');
    expect(negotiateLocale(['RU'])).toBe('ru');
  });

  it('falls back to English when none is spoken or none is given', () => {
    expect(negotiateLocale(['de', 'pt-BR'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});

describe('directionOf', () => {
  it('writes Arabic right to left and the other five left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    for (const locale of ['zh', 'en', 'fr', 'ru', 'es'] as const) expect(directionOf(locale)).toBe('ltr');
  });
});
