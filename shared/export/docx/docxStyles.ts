import { AlignmentType, LevelFormat } from 'docx';
import type { ILevelsOptions, INumberingOptions, IStylesOptions } from 'docx';

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
    alignment: AlignmentType.LEFT,
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
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 567, hanging: 567 } } },
          },
        ],
      },
    ],
  };
}

const SERIF = 'Times New Roman';
const SANS = 'Arial';

/** Document defaults and the built-in heading styles (Heading1-3), which Word's navigation pane and TOC use. */
export function stylesOptions(): IStylesOptions {
  const heading = (size: number, italics = false) => ({
    run: { font: SANS, size, bold: true, italics, color: '000000' },
    paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: { run: { font: SERIF, size: 22 }, paragraph: { spacing: { after: 120, line: 264 } } },
      title: { run: { font: SANS, size: 48, bold: true, color: '000000' }, paragraph: { spacing: { after: 200 } } },
      heading1: heading(30),
      heading2: heading(25),
      heading3: heading(22, true),
      hyperlink: { run: { color: '1A4F8B', underline: {} } },
      footnoteText: { run: { size: 17 }, paragraph: { spacing: { after: 40 } } },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 28 },
        paragraph: { spacing: { after: 360 } },
      },
      {
        id: 'ConcordCover',
        name: 'Cover Text',
        basedOn: 'Normal',
        run: { font: SANS, size: 20 },
        paragraph: { spacing: { after: 80 } },
      },
      { id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true }, paragraph: { indent: { left: 567 } } },
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
