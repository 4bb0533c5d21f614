import { detectLanguage } from '../i18n/detectLanguage.ts';
import { isLocale } from '../i18n/locales.ts';
import type { Locale } from '../i18n/locales.ts';
import type { DocJson } from './importTypes.ts';

/** Characters of the body looked at to tell its language: a few pages are plenty. */
const SAMPLE_CHARS = 20_000;

/** The body's text (notes included), up to a bound, for language detection. */
export function sampleText(doc: DocJson): string {
  let out = '';
  const walk = (node: DocJson) => {
    if (out.length >= SAMPLE_CHARS) return;
    if (node.text) out += `${node.text} `;
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return out.slice(0, SAMPLE_CHARS);
}

/** A language tag ("ar-SA", "zh-Hans-CN", "fr") as one of our languages, or null. */
export function localeOfTag(tag: string | undefined | null): Locale | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : null;
}

/** What a Word file declares: its most used language tag, and whether most paragraphs are right to left. */
export interface WordLanguageHints {
  declared: Locale | null;
  rtlParagraphs: boolean;
}

/** Reads `w:lang` (document defaults and runs) and `w:bidi` (paragraphs) from a Word file's XML. */
export function wordLanguageHints(documentXml: string, stylesXml = ''): WordLanguageHints {
  const votes = new Map<Locale, number>();
  const vote = (tag: string | undefined) => {
    const locale = localeOfTag(tag);
    if (locale) votes.set(locale, (votes.get(locale) ?? 0) + 1);
  };
  for (const xml of [stylesXml, documentXml]) {
    for (const m of xml.matchAll(/<w:lang\b([^>]*)\/?>/g)) {
      const attrs = m[1]!;
      // w:val is the language of Latin text; Arabic and Chinese runs carry theirs in w:bidi and w:eastAsia.
      for (const name of ['val', 'bidi', 'eastAsia']) vote(new RegExp(`\\bw:${name}="([^"]*)"`).exec(attrs)?.[1]);
    }
  }
  const declared = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const paragraphs = documentXml.match(/<w:p[\s>]/g)?.length ?? 0;
  const bidi = documentXml.match(/<w:bidi(?:\s+w:val="(?:1|true|on)")?\s*\/>/g)?.length ?? 0;
  return { declared, rtlParagraphs: paragraphs > 0 && bidi * 2 > paragraphs };
}

/**
 * The language of an imported document. The text decides when it can (a Word file's `w:lang` is often
 * only its author's default); an explicit declaration (Markdown front matter) wins over it; then the
 * file's own tags, then right-to-left paragraphs (Arabic); null when nothing tells.
 */
export function importLanguage(input: {
  text: string;
  explicit?: Locale | null;
  word?: WordLanguageHints;
}): Locale | null {
  if (input.explicit) return input.explicit;
  const detected = detectLanguage(input.text);
  if (detected) return detected;
  if (input.word?.declared) return input.word.declared;
  return input.word?.rtlParagraphs ? 'ar' : null;
}
