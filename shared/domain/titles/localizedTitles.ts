import type { Locale } from '../../i18n/locales.ts';
import { OBJECTIVES } from '../objectives.ts';
import type { LocalizedTitle, TitleSet } from './titleTypes.ts';
import { TITLES_EN } from './titlesEn.ts';
import { TITLES_FR } from './titlesFr.ts';
import { TITLES_ES } from './titlesEs.ts';
import { TITLES_AR } from './titlesAr.ts';
import { TITLES_ZH } from './titlesZh.ts';
import { TITLES_RU } from './titlesRu.ts';

export type { LocalizedTitle } from './titleTypes.ts';

const TITLES: Record<Locale, TitleSet> = {
  en: TITLES_EN,
  fr: TITLES_FR,
  es: TITLES_ES,
  ar: TITLES_AR,
  zh: TITLES_ZH,
  ru: TITLES_RU,
};

function pick(list: readonly LocalizedTitle[], n: number, what: string): LocalizedTitle {
  const title = list[n - 1];
  if (!title) throw new Error(`no ${what} ${n}`);
  return title;
}

/** Objective `n` (1-23) in a language, with whether the wording is official and where it comes from. */
export function objectiveTitle(n: number, locale: Locale): LocalizedTitle {
  return pick(TITLES[locale].objectives, n, 'objective');
}

/** Guiding principle `n` (1-10, para 15 (a)-(j)) in a language. */
export function principleTitle(n: number, locale: Locale): LocalizedTitle {
  return pick(TITLES[locale].principles, n, 'principle');
}

/** Round table `n` (1-4) in a language: never official, no source gives the round tables titles. */
export function roundTableTitle(n: number, locale: Locale): LocalizedTitle {
  return pick(TITLES[locale].roundTables, n, 'round table');
}

/** How a heading names an objective or a round table, and how an unofficial title is marked, per language. */
const WORDING: Record<Locale, { objective: string; roundTable: string; ours: string; secondary: string }> = {
  en: {
    objective: 'Objective {n}: {title}',
    roundTable: 'Round table {n}: {title}',
    ours: 'Unofficial wording. Official title (A/RES/73/195): “{english}”.',
    secondary:
      'Wording from a secondary source ({source}), not checked against the Compact’s official text. Official title (A/RES/73/195): “{english}”.',
  },
  fr: {
    objective: 'Objectif {n} : {title}',
    roundTable: 'Table ronde {n} : {title}',
    ours: 'Traduction non officielle : l’intitulé officiel de cet objectif en français n’a pas pu être vérifié. Intitulé officiel en anglais (A/RES/73/195) : « {english} ».',
    secondary:
      'Intitulé repris d’une source secondaire ({source}), non vérifié sur le texte officiel du Pacte. Intitulé officiel en anglais (A/RES/73/195) : « {english} ».',
  },
  es: {
    objective: 'Objetivo {n}: {title}',
    roundTable: 'Mesa redonda {n}: {title}',
    ours: 'Traducción no oficial: no se ha podido verificar el título oficial de este objetivo en español. Título oficial en inglés (A/RES/73/195): «{english}».',
    secondary:
      'Título tomado de una fuente secundaria ({source}), no cotejado con el texto oficial del Pacto. Título oficial en inglés (A/RES/73/195): «{english}».',
  },
  ru: {
    objective: 'Цель {n}: {title}',
    roundTable: 'Круглый стол {n}: {title}',
    ours: 'Неофициальный перевод: официальное название этой цели на русском языке проверить не удалось. Официальное название на английском языке (A/RES/73/195): «{english}».',
    secondary:
      'Название приведено по вторичному источнику ({source}) и не сверено с официальным текстом Глобального договора. Официальное название на английском языке (A/RES/73/195): «{english}».',
  },
  ar: {
    objective: 'الهدف {n}: {title}',
    roundTable: 'المائدة المستديرة {n}: {title}',
    ours: 'ترجمة غير رسمية: تعذّر التحقق من العنوان الرسمي لهذا الهدف باللغة العربية. العنوان الرسمي باللغة الإنكليزية (A/RES/73/195): «{english}».',
    secondary:
      'عنوان منقول عن مصدر ثانوي ({source})، ولم يُقارَن بالنص الرسمي للاتفاق. العنوان الرسمي باللغة الإنكليزية (A/RES/73/195): «{english}».',
  },
  zh: {
    objective: '目标{n}：{title}',
    roundTable: '圆桌会议{n}：{title}',
    ours: '非正式译文：未能核实该目标的中文正式标题。英文正式标题（A/RES/73/195）：“{english}”。',
    secondary: '标题引自二手来源（{source}），未经与《契约》正式文本核对。英文正式标题（A/RES/73/195）：“{english}”。',
  },
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** A heading for objective `n`, and the note that must go with it when its wording is not official. */
export function objectiveHeading(n: number, locale: Locale): { text: string; note?: string } {
  const title = objectiveTitle(n, locale);
  const text = fill(WORDING[locale].objective, { n, title: title.text });
  if (title.official) return { text };
  const english = OBJECTIVES[n - 1]!.title;
  const note =
    title.confidence === 'secondary'
      ? fill(WORDING[locale].secondary, { source: title.source?.label ?? '', english })
      : fill(WORDING[locale].ours, { english });
  return { text, note };
}

/** "Round table 2: …" in a language (its title is never official: see roundTables.ts). */
export function roundTableHeading(n: number, locale: Locale): string {
  return fill(WORDING[locale].roundTable, { n, title: roundTableTitle(n, locale).text });
}
