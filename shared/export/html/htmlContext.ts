import type { Node as PMNode } from '@tiptap/pm/model';
import type { ExportOptions } from '../exportOptions.ts';
import { ExportCounters } from '../documentPlan.ts';
import type { SuggestionInfo } from '../exportModel.ts';
import type { ExportCaptions, ExportImages } from '../exportFigures.ts';

/** Notes collected while writing the body, for an endnotes section. */
export interface CollectedNote {
  number: number;
  text: string;
}

/** State shared by the HTML writers during one render. */
export interface HtmlContext {
  options: ExportOptions;
  /** 'float': notes float to the foot of the page (needs the paged-media script); 'end': gathered at the end. */
  noteLayout: 'float' | 'end';
  counters: ExportCounters;
  endnotes: CollectedNote[];
  /** Comment calls to write inside each textblock: offset into its content and the comment's number. */
  commentCalls: Map<PMNode, Array<{ offset: number; number: number }>>;
  /** Who made each suggestion, for the marked view. */
  suggestions: Record<string, SuggestionInfo>;
  /** The images' bytes, and the captions in order (figureHtml.ts). */
  images: ExportImages;
  captions: ExportCaptions;
}

/** A fresh context for one render. */
export function createHtmlContext(
  options: ExportOptions,
  paged: boolean,
  review: Pick<HtmlContext, 'commentCalls' | 'suggestions'>,
  figures: Pick<HtmlContext, 'images' | 'captions'>,
): HtmlContext {
  const noteLayout = paged && options.notes === 'footnotes' ? 'float' : 'end';
  return { options, noteLayout, counters: new ExportCounters(), endnotes: [], ...review, ...figures };
}
