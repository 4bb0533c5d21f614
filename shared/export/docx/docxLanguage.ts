import { Paragraph, TextRun } from 'docx';
import type { IFontAttributesProperties, IParagraphOptions, IRunOptions } from 'docx';
import type { Locale } from '../../i18n/locales.ts';
import { directionRuns } from '../../i18n/textDirection.ts';
import type { Direction } from '../../i18n/textDirection.ts';
import type { BlockScope } from '../../model/blockLanguage.ts';

/** Word's language tag for each of our languages (British English, as the UN writes it). */
const WORD_TAGS: Record<Locale, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  ru: 'ru-RU',
  ar: 'ar-SA',
  zh: 'zh-CN',
};

/**
 * A run's `w:lang`: Word reads `w:val` for Latin and Cyrillic text, `w:eastAsia` for Chinese and
 * `w:bidi` for Arabic, so each language goes where Word looks for it.
 */
function runLanguage(lang: Locale): IRunOptions['language'] {
  if (lang === 'ar') return { bidirectional: WORD_TAGS.ar };
  if (lang === 'zh') return { eastAsia: WORD_TAGS.zh };
  return { value: WORD_TAGS[lang] };
}

/**
 * The document default `w:lang` (styles.xml): Latin text in the document's language (English in an
 * Arabic or Chinese one), Chinese as Chinese, Arabic as Arabic.
 */
export function defaultLanguage(lang: Locale): IRunOptions['language'] {
  const latin = lang === 'ar' || lang === 'zh' ? WORD_TAGS.en : WORD_TAGS[lang];
  return { value: latin, eastAsia: WORD_TAGS.zh, bidirectional: WORD_TAGS.ar };
}

/** Fonts for each of Word's character sets: text (serif) and headings (sans), common on Windows and macOS. */
export const WORD_FONTS: Record<'serif' | 'sans', IFontAttributesProperties> = {
  serif: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' },
  sans: { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'SimHei' },
};

/**
 * Runs of `text` cut where its direction changes: right-to-left runs carry `w:rtl` (and complex-script
 * bold and italic, which Word applies to them), so Word shapes and orders Arabic as it does its own.
 * `lang` is the block's language when it differs from the document's.
 */
export function directedRuns(
  text: string,
  base: Direction,
  options: IRunOptions,
  lang?: Locale,
): { text: string; options: IRunOptions }[] {
  return directionRuns(text, base).map((run) => ({
    text: run.text,
    options: {
      ...options,
      ...(lang ? { language: runLanguage(lang) } : {}),
      ...(run.dir === 'rtl'
        ? { rightToLeft: true, boldComplexScript: options.bold, italicsComplexScript: options.italics }
        : {}),
    },
  }));
}

/** Plain text as runs in a scope (cover lines, closing sections, notes): direction runs, language where it differs. */
export function scopedTextRuns(
  text: string,
  scope: BlockScope,
  document: BlockScope,
  options: IRunOptions = {},
): TextRun[] {
  const lang = scope.lang !== document.lang ? scope.lang : undefined;
  return directedRuns(text, scope.dir, options, lang).map((r) => new TextRun({ ...r.options, text: r.text }));
}

/** A paragraph laid out in `dir`: right to left is `w:bidi`, which also mirrors its indents and numbering. */
export function directedParagraph(dir: Direction, options: IParagraphOptions): Paragraph {
  return new Paragraph({ ...options, ...(dir === 'rtl' ? { bidirectional: true } : {}) });
}
