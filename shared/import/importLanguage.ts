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

const ON = '(?:\\s+w:val="(?:1|true|on)")?\\s*';
/** A paragraph or run property switched on (`<w:bidi/>`, `<w:bidi w:val="1"/>`), as a regular expression source. */
const on = (name: string) => new RegExp(`<w:${name}${ON}\\/>`, 'g');

/** Whether Word's default paragraph (document defaults or the Normal style) is right to left. */
function defaultRtl(stylesXml: string): boolean {
  const defaults = /<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/.exec(stylesXml)?.[0] ?? '';
  const normal = /<w:style\b[^>]*w:styleId="Normal"[^>]*>[\s\S]*?<\/w:style>/.exec(stylesXml)?.[0] ?? '';
  return on('bidi').test(defaults) || on('bidi').test(normal);
}

/**
 * Reads `w:lang` (document defaults, styles and runs) and `w:bidi` (paragraphs, or the default
 * paragraph: LibreOffice puts it in the Normal style). Word files name three languages at once: the
 * one for right-to-left text (`w:bidi`) counts when the file has right-to-left text, else the one for
 * Latin text (`w:val`), then the East Asian one.
 */
export function wordLanguageHints(documentXml: string, stylesXml = ''): WordLanguageHints {
  const paragraphs = documentXml.match(/<w:p[\s>/]/g)?.length ?? 0;
  const bidi = documentXml.match(on('bidi'))?.length ?? 0;
  const rtlParagraphs = paragraphs > 0 && (bidi * 2 > paragraphs || defaultRtl(stylesXml));
  const rtlRuns = (documentXml.match(on('rtl'))?.length ?? 0) > 0;
  const votes = new Map<Locale, number>();
  // A run's own tag says more than a style's default: it counts double.
  for (const [xml, weight] of [
    [stylesXml, 1],
    [documentXml, 2],
  ] as const) {
    for (const m of xml.matchAll(/<w:lang\b([^>]*)\/?>/g)) {
      const attr = (name: string) => new RegExp(`\\bw:${name}="([^"]*)"`).exec(m[1]!)?.[1];
      const tag = (rtlRuns || rtlParagraphs ? attr('bidi') : undefined) ?? attr('val') ?? attr('eastAsia');
      const locale = localeOfTag(tag);
      if (locale) votes.set(locale, (votes.get(locale) ?? 0) + weight);
    }
  }
  const declared = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { declared, rtlParagraphs };
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
