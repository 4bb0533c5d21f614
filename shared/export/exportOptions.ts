import { z } from 'zod';
import { directionOf } from '../i18n/locales.ts';
import type { Locale } from '../i18n/locales.ts';

/** Paper sizes every printer supports, in millimetres (portrait). */
export const PAPER_SIZES_MM = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
} as const;
export type Paper = keyof typeof PAPER_SIZES_MM;

const MarginsSchema = z
  .object({
    top: z.number().min(5).max(60),
    right: z.number().min(5).max(60),
    bottom: z.number().min(5).max(60),
    left: z.number().min(5).max(60),
  })
  .strict();
export type MarginsMm = z.infer<typeof MarginsSchema>;

/**
 * Margins leave room for the running header and footer (top, bottom) and for the objective labels
 * (left; right in a right-to-left document, see `defaultMargins`). Letter is narrower, so its side
 * margins give a little.
 */
export const DEFAULT_MARGINS_MM: Record<Paper, MarginsMm> = {
  a4: { top: 24, right: 20, bottom: 24, left: 27 },
  letter: { top: 22, right: 19, bottom: 22, left: 25 },
};

/** What a caller may ask for; everything is optional and validated. */
const ExportOptionsInputSchema = z
  .object({
    paper: z.enum(['a4', 'letter']).optional(),
    margins: MarginsSchema.optional(),
    paragraphNumbers: z.boolean().optional(),
    tags: z.enum(['margin', 'hidden']).optional(),
    notes: z.enum(['footnotes', 'endnotes']).optional(),
    comments: z.enum(['none', 'endnotes']).optional(),
    suggestions: z.enum(['marked', 'accepted']).optional(),
    confidenceNote: z.enum(['none', 'end']).optional(),
    listOfFigures: z.boolean().optional(),
  })
  .strict();
export type ExportOptionsInput = z.infer<typeof ExportOptionsInputSchema>;

/**
 * The options every writer and printer takes (print HTML, Chromium via Playwright, Electron's
 * printToPDF, DOCX, Markdown). Tagged PDF and the PDF outline are always on, so they are not options.
 */
export interface ExportOptions {
  paper: Paper;
  margins: MarginsMm;
  /** UN-style numbered body paragraphs (1., 2., ...). */
  paragraphNumbers: boolean;
  /** Objective/principle tags as small labels in the left margin, or left out. */
  tags: 'margin' | 'hidden';
  /** Notes at the foot of the page where they are cited, or gathered at the end. */
  notes: 'footnotes' | 'endnotes';
  /** PDF, HTML, Markdown: open comment threads gathered in a "Comments" section at the end, or left out. */
  comments: 'none' | 'endnotes';
  /**
   * PDF, HTML, Markdown: suggestions shown as marked (insertions underlined, deletions struck
   * through) or as if all were accepted. DOCX always carries them as Word tracked changes.
   */
  suggestions: 'marked' | 'accepted';
  /** A closing note listing the unconfirmed facts the document rests on ('end'), or none. Off by default. */
  confidenceNote?: 'none' | 'end';
  /** PDF, HTML, DOCX: a list of figures and tables (their captions) after the contents. Off by default. */
  listOfFigures?: boolean;
}

/** The default margins for a document: mirrored for a right-to-left language, so the labels' margin is on the right. */
function defaultMargins(paper: Paper, language: Locale = 'en'): MarginsMm {
  const m = DEFAULT_MARGINS_MM[paper];
  return directionOf(language) === 'rtl' ? { ...m, left: m.right, right: m.left } : m;
}

/**
 * Fills in defaults: paragraph numbering follows the document's own setting unless asked otherwise;
 * margins are mirrored for a right-to-left document unless given.
 */
export function resolveExportOptions(
  meta: { paragraphNumbering: boolean; language?: Locale },
  input: unknown = {},
): ExportOptions {
  const given = ExportOptionsInputSchema.parse(input ?? {});
  const paper = given.paper ?? 'a4';
  return {
    paper,
    margins: given.margins ?? defaultMargins(paper, meta.language),
    paragraphNumbers: given.paragraphNumbers ?? meta.paragraphNumbering,
    tags: given.tags ?? 'margin',
    notes: given.notes ?? 'footnotes',
    comments: given.comments ?? 'none',
    suggestions: given.suggestions ?? 'accepted',
    confidenceNote: given.confidenceNote ?? 'none',
    listOfFigures: given.listOfFigures ?? false,
  };
}
