import type { Locale } from './locales.ts';

/** How each language writes a document's date: British English as the UN does, Arabic with Latin digits as its page numbers. */
const DATE_LOCALE: Record<Locale, string> = {
  en: 'en-GB',
  fr: 'fr',
  es: 'es',
  ru: 'ru',
  zh: 'zh-CN',
  ar: 'ar-u-nu-latn',
};

/** A day as a document in `language` prints it on its cover: "2 December 2026", "2 décembre 2026", "2026年12月2日". */
export function documentDate(day: Date, language: Locale): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric' }).format(day);
}

/** A month as a document in `language` prints it on its cover: "May 2030", "mai 2030", "2030年5月". `day` is an ISO date. */
export function documentMonth(day: string, language: Locale): string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(DATE_LOCALE[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}
