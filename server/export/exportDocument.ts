import type { ExportModel } from '../../shared/export/exportModel.ts';
import type { ExportOptions } from '../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../shared/export/html/renderPrintHtml.ts';
import { renderDocx } from '../../shared/export/docx/renderDocx.ts';
import { renderMarkdown } from '../../shared/export/markdown/renderMarkdown.ts';
import { pagedScript } from './pagedScript.ts';
import { printPdf } from './printPdf.ts';
import type { PrintPdfRun } from './printPdf.ts';

export const EXPORT_FORMATS = ['pdf', 'docx', 'md', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File extension and media type of each format. */
export const FORMAT_INFO: Record<ExportFormat, { extension: string; mediaType: string }> = {
  pdf: { extension: 'pdf', mediaType: 'application/pdf' },
  docx: { extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  md: { extension: 'md', mediaType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', mediaType: 'text/html; charset=utf-8' },
};

/** Writes a model in one format, in Node: PDF through Chromium, the others directly. */
export async function exportDocument(
  model: ExportModel,
  format: ExportFormat,
  options: ExportOptions,
  run: PrintPdfRun = {},
): Promise<Uint8Array> {
  switch (format) {
    case 'pdf':
      return (await printPdf(renderPrintHtml(model, options, { pagedScript: pagedScript() }), options, run)).pdf;
    case 'docx':
      return renderDocx(model, options);
    case 'md':
      return new TextEncoder().encode(renderMarkdown(model, options));
    case 'html':
      return new TextEncoder().encode(renderPrintHtml(model, options));
  }
}
