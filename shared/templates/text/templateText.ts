import type { Locale } from '../../i18n/locales.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';
import type { TemplateText } from './templateTextShape.ts';

export type { TemplateText } from './templateTextShape.ts';

const TEXTS: Record<Locale, TemplateText> = { ar, en, es, fr, ru, zh };

/** The built-in templates' words in `locale`. */
export function templateText(locale: Locale): TemplateText {
  return TEXTS[locale];
}

/** Puts values into a wording's `{name}` places. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A number as the language writes it (Western digits in Arabic, as UN documents in Arabic use them). */
export function formatCount(n: number, locale: Locale): string {
  return n.toLocaleString(locale === 'ar' ? 'ar-u-nu-latn' : locale);
}
