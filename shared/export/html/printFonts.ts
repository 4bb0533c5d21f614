import type { Locale } from '../../i18n/locales.ts';

/**
 * Font stacks of the print page, by script. Latin and Cyrillic: Liberation (Debian's
 * fonts-liberation, metric-compatible with Times New Roman and Arial). Arabic: Noto Naskh Arabic, bold
 * for headings (fonts-noto-core; Noto Sans Arabic draws lam-alef as one ligature glyph whose text
 * Chromium's PDF maps back in the wrong order, so a search for «الاتفاق» would miss it). Chinese: Noto Serif and Sans CJK SC
 * (fonts-noto-cjk), first for Chinese text so that its punctuation takes the full-width CJK forms.
 * Every stack ends with the others, so a word in another script finds its glyphs; Chromium embeds
 * the subsets it used in the PDF.
 */
const LATIN = { serif: '"Liberation Serif", "Times New Roman", Tinos', sans: '"Liberation Sans", Arial, Arimo' };
const ARABIC = { serif: '"Noto Naskh Arabic"', sans: '"Noto Naskh Arabic"' };
const CJK = { serif: '"Noto Serif CJK SC"', sans: '"Noto Sans CJK SC"' };

function stack(first: { serif: string; sans: string }, ...rest: { serif: string; sans: string }[]) {
  return {
    serif: [first, ...rest].map((f) => f.serif).join(', ') + ', serif',
    sans: [first, ...rest].map((f) => f.sans).join(', ') + ', sans-serif',
  };
}

const STACKS: Record<'latin' | 'ar' | 'zh', { serif: string; sans: string }> = {
  latin: stack(LATIN, ARABIC, CJK),
  ar: stack(ARABIC, LATIN, CJK),
  zh: stack(CJK, LATIN, ARABIC),
};

/**
 * The fonts as CSS custom properties set per language (`--serif`, `--sans`): every element that sets
 * a family uses them, so a block marked `lang="ar"` inside an English report is set in Naskh, and a
 * Chinese report in CJK fonts. `:where()` keeps the per-language rules below any element's own, and
 * the root's default below the page's own language (same weight: the later rule wins). The language
 * is read from the lang attributes (the page's, and those of the blocks in another language) and the
 * properties inherit, which says what :lang() says without Chromium testing :lang() on every element
 * of the print page.
 */
export function fontCss(): string {
  const rule = (selector: string, s: { serif: string; sans: string }) =>
    `${selector} { --serif: ${s.serif}; --sans: ${s.sans}; }`;
  const lang = (...codes: string[]) => `:where(${codes.map((c) => `[lang|='${c}' i]`).join(', ')})`;
  return [
    rule(':where(:root)', STACKS.latin),
    rule(lang('en', 'fr', 'es', 'ru'), STACKS.latin),
    rule(lang('ar'), STACKS.ar),
    rule(lang('zh'), STACKS.zh),
    // Elements in another language than their parent take its fonts (the family is fixed where it is set).
    ':where([lang]) { font-family: var(--serif); }',
  ].join('\n');
}

/** Whether text in a language is hyphenated when the browser has the dictionary (not Arabic, not Chinese). */
export function hyphenates(language: Locale): boolean {
  return language !== 'ar' && language !== 'zh';
}
