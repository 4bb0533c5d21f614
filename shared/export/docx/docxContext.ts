import type { Paragraph } from 'docx';
import type { ExportOptions } from '../exportOptions.ts';
import { ExportCounters } from '../documentPlan.ts';
import type { DocxReview } from './docxReview.ts';
import type { ExportCaptions, ExportImages } from '../exportFigures.ts';
import type { BlockScope } from '../../model/blockLanguage.ts';
import { directionOf } from '../../i18n/locales.ts';
import type { Locale } from '../../i18n/locales.ts';

type NoteContent = { children: Paragraph[] };

/** State shared by the DOCX writers during one render. */
export interface DocxContext {
  options: ExportOptions;
  counters: ExportCounters;
  footnotes: Record<number, NoteContent>;
  endnotes: Record<number, NoteContent>;
  /** Next numbering instance, so that each ordered list restarts at 1. */
  nextListInstance: () => number;
  /** Comments and tracked changes. */
  review: DocxReview;
  /** The images' bytes, and the captions in order. */
  images: ExportImages;
  captions: ExportCaptions;
  /** Pictures written so far (each names its drawing). */
  pictures: number;
  /** The document's language and direction (the defaults in styles.xml, the section's direction). */
  document: BlockScope;
  /** The direction and language of the block being written: every Word paragraph says its own. */
  scope: BlockScope;
}

/** A fresh context for one render. */
export function createDocxContext(
  options: ExportOptions,
  review: DocxReview,
  figures: { images: ExportImages; captions: ExportCaptions },
  language: Locale = 'en',
): DocxContext {
  let instance = 0;
  const document = { dir: directionOf(language), lang: language };
  return {
    document,
    scope: document,
    options,
    counters: new ExportCounters(),
    footnotes: {},
    endnotes: {},
    nextListInstance: () => ++instance,
    review,
    ...figures,
    pictures: 0,
  };
}
