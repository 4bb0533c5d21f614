import type { Locale } from './locales.ts';

const SCRIPTS = {
  ar: /\p{Script=Arabic}/u,
  zh: /[\p{Script=Han}\p{Script=Bopomofo}]/u,
  ru: /\p{Script=Cyrillic}/u,
  latin: /\p{Script=Latin}/u,
} as const;

const LETTER = /\p{L}/u;

// A Han character carries about as much as a short word; weigh it against letters of other scripts.
const HAN_WEIGHT = 3;
/** Letters looked at: enough to decide, bounded however long the text. */
const SAMPLE_LETTERS = 4000;

// Frequent short words that belong to one of the three Latin-script languages only.
const STOPWORDS: Record<'en' | 'fr' | 'es', ReadonlySet<string>> = {
  en: new Set('the and of to is that for with are this be by from which have has not was were their it its'.split(' ')),
  fr: new Set('le les des et du une est pour dans au aux sur pas qui sont ces cette être leur ou avec il'.split(' ')),
  es: new Set('el los las y del una es por para con al como sus ser o está son este esta lo su'.split(' ')),
};

function latinLanguage(text: string): Locale | null {
  const score = { en: 0, fr: 0, es: 0 };
  let words = 0;
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (++words > 3000) break;
    for (const lang of ['en', 'fr', 'es'] as const) if (STOPWORDS[lang].has(m[0])) score[lang] += 1;
  }
  const ranked = (Object.entries(score) as ['en' | 'fr' | 'es', number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // Decide only on clear evidence: a few hits, well ahead of the runner-up.
  if (!best || best[1] < 2 || best[1] < 2 * (second?.[1] ?? 0)) return null;
  return best[0];
}

/**
 * Which of the six UN languages a text is written in, or null when it cannot tell (too short, no
 * letters, Latin text without clear evidence). The script decides Arabic, Chinese and Russian;
 * frequent words decide between English, French and Spanish.
 */
export function detectLanguage(text: string): Locale | null {
  const counts = { ar: 0, zh: 0, ru: 0, latin: 0 };
  let seen = 0;
  for (const ch of text) {
    // ASCII first, without a regular expression: most of a report's letters (a-z, A-Z are ASCII's only letters).
    const code = ch.charCodeAt(0);
    const ascii = code < 0x80;
    if (ascii ? (code | 0x20) < 0x61 || (code | 0x20) > 0x7a : !LETTER.test(ch)) continue;
    if (++seen > SAMPLE_LETTERS) break;
    if (ascii || SCRIPTS.latin.test(ch)) counts.latin += 1;
    else if (SCRIPTS.ar.test(ch)) counts.ar += 1;
    else if (SCRIPTS.zh.test(ch)) counts.zh += HAN_WEIGHT;
    else if (SCRIPTS.ru.test(ch)) counts.ru += 1;
  }
  const ranked = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1]);
  const [script, n] = ranked[0]!;
  if (n < 3) return null;
  return script === 'latin' ? latinLanguage(text) : script;
}
