import { AlignmentType, LevelFormat } from 'docx';
import type { ILevelsOptions, INumberingOptions, IStylesOptions } from 'docx';
import type { Locale } from '../../i18n/locales.ts';
import { WORD_FONTS, defaultLanguage } from './docxLanguage.ts';

export const BULLETS = 'concord-bullets';
export const ORDERED = 'concord-ordered';
export const PARAGRAPHS = 'concord-paragraphs';

const LEVELS = 6;
const BULLET_GLYPHS = ['•', '◦', '▪'];
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

function listLevels(kind: 'bullet' | 'ordered'): ILevelsOptions[] {
  return Array.from({ length: LEVELS }, (_, level) => ({
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : ORDERED_FORMATS[level % 3]!,
    text: kind === 'bullet' ? BULLET_GLYPHS[level % 3]! : `%${level + 1}.`,
    // Start: on the right of a right-to-left paragraph.
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 454 * (level + 1), hanging: 284 } } },
  }));
}

/** Real Word numbering definitions: bullets, ordered lists, and UN-style numbered paragraphs. */
export function numberingOptions(): INumberingOptions {
  return {
    config: [
      { reference: BULLETS, levels: listLevels('bullet') },
      { reference: ORDERED, levels: listLevels('ordered') },
      {
        reference: PARAGRAPHS,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 567, hanging: 567 } } },
          },
        ],
      },
    ],
  };
}

const SERIF = WORD_FONTS.serif;
const SANS = WORD_FONTS.sans;

/**
 * Document defaults and the built-in heading styles (Heading1-3), which Word's navigation pane and TOC
 * use. The defaults carry the document's languages (`w:lang` with `w:val`, `w:eastAsia` and `w:bidi`)
 * and a font for each character set; sizes and bold apply to complex scripts (Arabic) too.
 */
export function stylesOptions(language: Locale = 'en'): IStylesOptions {
  // Arabic and Chinese have no italics: in their documents quotations and level-3 headings stay upright,
  // and Arabic runs (complex script) are never slanted.
  const slanted = language !== 'ar' && language !== 'zh';
  const heading = (size: number, italics = false) => ({
    run: {
      font: SANS,
      size,
      sizeComplexScript: size,
      bold: true,
      boldComplexScript: true,
      italics: italics && slanted,
      color: '000000',
    },
    paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: SERIF, size: 22, sizeComplexScript: 22, language: defaultLanguage(language) },
        paragraph: { spacing: { after: 120, line: 264 } },
      },
      title: {
        run: { font: SANS, size: 48, sizeComplexScript: 48, bold: true, boldComplexScript: true, color: '000000' },
        paragraph: { spacing: { after: 200 } },
      },
      heading1: heading(30),
      heading2: heading(25),
      heading3: heading(22, true),
      hyperlink: { run: { color: '1A4F8B', underline: {} } },
      footnoteText: { run: { size: 17, sizeComplexScript: 17 }, paragraph: { spacing: { after: 40 } } },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 28, sizeComplexScript: 28 },
        paragraph: { spacing: { after: 360 } },
      },
      {
        id: 'ConcordCover',
        name: 'Cover Text',
        basedOn: 'Normal',
        run: { font: SANS, size: 20, sizeComplexScript: 20 },
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        run: { italics: slanted },
        paragraph: { indent: { left: 567 } },
      },
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: SANS, size: 18, color: '333333' },
        paragraph: { spacing: { before: 60, after: 240 } },
      },
      {
        id: 'TagLabel',
        name: 'Objective Tags',
        basedOn: 'Normal',
        run: { font: SANS, size: 14, color: '4A5A6A' },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}

/** Millimetres to twentieths of a point, Word's page unit. */
export function mmToTwip(mm: number): number {
  return Math.round((mm / 25.4) * 1440);
}
