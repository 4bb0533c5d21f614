import type { Node as PMNode } from '@tiptap/pm/model';
import type { ExportOptions } from '../exportOptions.ts';
import { ExportCounters } from '../documentPlan.ts';
import type { SuggestionInfo } from '../exportModel.ts';
import type { ExportCaptions, ExportImages } from '../exportFigures.ts';
import type { BlockScope } from '../../model/blockLanguage.ts';
import { detectLanguage } from '../../i18n/detectLanguage.ts';
import { firstStrongDirection } from '../../i18n/textDirection.ts';
import { directionOf } from '../../i18n/locales.ts';
import type { Locale } from '../../i18n/locales.ts';

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
  /** The document's language and direction, which the page root carries. */
  document: BlockScope;
  /** The direction and language of the block being written, so a nested block says only what differs. */
  scope: BlockScope;
}

/** A fresh context for one render. */
export function createHtmlContext(
  options: ExportOptions,
  paged: boolean,
  review: Pick<HtmlContext, 'commentCalls' | 'suggestions'>,
  figures: Pick<HtmlContext, 'images' | 'captions'>,
  language: Locale = 'en',
): HtmlContext {
  const noteLayout = paged && options.notes === 'footnotes' ? 'float' : 'end';
  const document = { dir: directionOf(language), lang: language };
  return {
    options,
    noteLayout,
    counters: new ExportCounters(),
    endnotes: [],
    ...review,
    ...figures,
    document,
    scope: document,
  };
}

/** ` dir="…" lang="…"` for what `inner` says that `outer` does not; '' when they agree. */
export function scopeAttrs(inner: BlockScope, outer: BlockScope): string {
  return (
    (inner.dir !== outer.dir ? ` dir="${inner.dir}"` : '') + (inner.lang !== outer.lang ? ` lang="${inner.lang}"` : '')
  );
}

/**
 * The attributes of a piece of text that leaves its paragraph (a note moved to the foot of the page, a
 * contents entry): its own direction and language where they differ from the document's.
 */
export function textAttrs(text: string, ctx: Pick<HtmlContext, 'document'>): string {
  const own = {
    dir: firstStrongDirection(text) ?? ctx.document.dir,
    lang: detectLanguage(text) ?? ctx.document.lang,
  };
  return scopeAttrs(own, ctx.document);
}
