import { zipSync } from 'fflate';
import type { ExportModel } from '../exportModel.ts';
import type { ExportOptions } from '../exportOptions.ts';
import { markdownImageFiles } from './markdownFigures.ts';
import { renderMarkdown } from './renderMarkdown.ts';

/** A Markdown export as one file to save: its name and bytes, and whether it is a zip. */
export interface MarkdownBundle {
  fileName: string;
  data: Uint8Array;
  zipped: boolean;
}

/**
 * A Markdown export where only one file can be saved (the app's save dialog, a browser download):
 * `name.md` alone when the document shows no image, else `name.zip` holding `name.md` and its images
 * in `name-images/` beside it, linked relatively (images stored, not recompressed). The command line
 * writes the same files straight into the folder (server/export/markdownExport.ts).
 */
export function markdownBundle(model: ExportModel, options: ExportOptions, name: string): MarkdownBundle {
  const { files, links } = markdownImageFiles(model.body, model.images, `${name}-images`);
  const text = new TextEncoder().encode(renderMarkdown(model, options, links));
  if (files.length === 0) return { fileName: `${name}.md`, data: text, zipped: false };
  const entries: Record<string, [Uint8Array, { level: 0 | 9 }]> = { [`${name}.md`]: [text, { level: 9 }] };
  for (const file of files) entries[file.path] = [file.bytes, { level: 0 }];
  return { fileName: `${name}.zip`, data: zipSync(entries), zipped: true };
}
