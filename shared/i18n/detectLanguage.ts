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

// One lookup per word: no word belongs to two of the lists.
const STOPWORD_LANGUAGE = new Map(
  (Object.keys(STOPWORDS) as ('en' | 'fr' | 'es')[]).flatMap((lang) =>
    [...STOPWORDS[lang]].map((w) => [w, lang] as const),
  ),
);
const NOT_LETTERS = /\P{L}+/u;
const MAX_WORDS = 3000;

function latinLanguage(text: string): Locale | null {
  const score = { en: 0, fr: 0, es: 0 };
  const words = text.toLowerCase().split(NOT_LETTERS, MAX_WORDS + 1);
  // A text that starts with a separator splits into an empty first word, which is no word.
  for (let i = words[0] === '' ? 1 : 0, counted = 0; i < words.length && counted < MAX_WORDS; i++) {
    const word = words[i]!;
    if (word === '') continue;
    counted++;
    const lang = STOPWORD_LANGUAGE.get(word);
    if (lang) score[lang] += 1;
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
  // By index, not `for…of`: that makes a string of every character, and a report's are mostly ASCII.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // a-z, A-Z are ASCII's only letters: no regular expression for most of a report's characters.
      if ((code | 0x20) < 0x61 || (code | 0x20) > 0x7a) continue;
      if (++seen > SAMPLE_LETTERS) break;
      counts.latin += 1;
      continue;
    }
    const point = text.codePointAt(i)!;
    const ch = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (!LETTER.test(ch)) continue;
    if (++seen > SAMPLE_LETTERS) break;
    if (SCRIPTS.latin.test(ch)) counts.latin += 1;
    else if (SCRIPTS.ar.test(ch)) counts.ar += 1;
    else if (SCRIPTS.zh.test(ch)) counts.zh += HAN_WEIGHT;
    else if (SCRIPTS.ru.test(ch)) counts.ru += 1;
  }
  const ranked = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1]);
  const [script, n] = ranked[0]!;
  if (n < 3) return null;
  return script === 'latin' ? latinLanguage(text) : script;
}
