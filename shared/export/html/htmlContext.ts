import type { ExportOptions } from '../exportOptions.ts';
import { ExportCounters } from '../documentPlan.ts';

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
}

/** A fresh context for one render. */
export function createHtmlContext(options: ExportOptions, paged: boolean): HtmlContext {
  const noteLayout = paged && options.notes === 'footnotes' ? 'float' : 'end';
  return { options, noteLayout, counters: new ExportCounters(), endnotes: [] };
}
