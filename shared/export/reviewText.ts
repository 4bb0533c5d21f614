import type { Node as PMNode } from '@tiptap/pm/model';
import type { ExportComment, ExportModel, SuggestionInfo } from './exportModel.ts';
import type { ExportOptions } from './exportOptions.ts';

/** More endorsing organisations than this go to an annex; the cover names the count. */
const COVER_SIGNATORIES_MAX = 12;

/**
 * Where the endorsing organisations are printed: on the cover, on the cover as a count with an annex
 * (too many), at the end of the text (letters: `signatoriesAt: 'end'`), or nowhere (none endorsed).
 */
export function signatoryPlacement(
  model: Pick<ExportModel, 'meta' | 'signatories'>,
): 'cover' | 'annex' | 'end' | 'none' {
  if (model.signatories.length === 0) return 'none';
  if (model.meta.signatoriesAt === 'end') return 'end';
  return model.signatories.length > COVER_SIGNATORIES_MAX ? 'annex' : 'cover';
}

/** The notes on unconfirmed facts to print: only when asked for, and only if there are any. */
export function printedUncertainties(
  model: Pick<ExportModel, 'uncertainties'>,
  options: Pick<ExportOptions, 'confidenceNote'>,
): string[] {
  return options.confidenceNote === 'end' ? (model.uncertainties ?? []) : [];
}

/** An ISO date-time as its calendar date ("2026-05-04"), or '' when it is not one. */
export function isoDay(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '';
}

/** "Ana (FIDH), 2026-05-04" for a suggestion id, or '' when nothing is known about it. */
export function suggestionLabel(suggestions: Record<string, SuggestionInfo>, id: unknown): string {
  const info = typeof id === 'string' || typeof id === 'number' ? suggestions[String(id)] : undefined;
  if (!info) return '';
  return [info.authorName, isoDay(info.createdAt)].filter(Boolean).join(', ');
}

/** The text a comment is on: as it reads in the exported body, or its stored quote when that text is gone. */
export function commentQuote(body: PMNode, comment: ExportComment): string {
  const live = comment.orphaned ? '' : body.textBetween(comment.from, comment.to, ' ', ' ');
  return (live || comment.quote).replace(/\s+/g, ' ').trim();
}

/** The open threads that the "Comments" endnotes list, numbered in document order from 1. */
export function openComments(comments: readonly ExportComment[]): ExportComment[] {
  return comments.filter((c) => !c.resolved);
}
