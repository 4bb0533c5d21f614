import type { Paragraph } from 'docx';
import type { ExportOptions } from '../exportOptions.ts';
import { ExportCounters } from '../documentPlan.ts';
import type { DocxReview } from './docxReview.ts';
import type { ExportCaptions, ExportImages } from '../exportFigures.ts';

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
}

/** A fresh context for one render. */
export function createDocxContext(
  options: ExportOptions,
  review: DocxReview,
  figures: { images: ExportImages; captions: ExportCaptions },
): DocxContext {
  let instance = 0;
  return {
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
