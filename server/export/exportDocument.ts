import type { ExportModel } from '../../shared/export/exportModel.ts';
import type { ExportOptions } from '../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../shared/export/html/renderPrintHtml.ts';
import { renderDocx } from '../../shared/export/docx/renderDocx.ts';
import { renderMarkdown } from '../../shared/export/markdown/renderMarkdown.ts';
import type { ExportFormat } from '../../shared/export/exportFormats.ts';
import { pagedScript } from './pagedScript.ts';
import { printPdf } from './printPdf.ts';
import type { PrintPdfRun } from './printPdf.ts';

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
