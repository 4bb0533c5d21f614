import type * as Y from 'yjs';
import type { HostApi } from '../../../shared/host/HostApi.ts';
import { snapshotExportModel, type ExportExtras } from '../../../shared/export/exportModel.ts';
import type { ExportOptions } from '../../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../../shared/export/html/renderPrintHtml.ts';
import { renderDocx } from '../../../shared/export/docx/renderDocx.ts';
import { renderMarkdown } from '../../../shared/export/markdown/renderMarkdown.ts';
import { fileNameFor } from '../../../shared/file/fileName.ts';
import type { ExportFormat } from '../../../shared/export/exportFormats.ts';
import { loadPagedScript } from './pagedScript.ts';

const EXTENSIONS: Record<ExportFormat, string> = { pdf: 'pdf', docx: 'docx', md: 'md', html: 'html' };

/** Where an export is, for the progress shown in the dialog. */
export type ExportStep = 'snapshot' | 'layout' | 'saving';

/** What came of an export: a saved file, the browser's print dialog, or nothing (cancelled). */
export type ExportOutcome = { kind: 'saved'; location: string } | { kind: 'print-dialog' } | { kind: 'cancelled' };

/**
 * Exports a snapshot of the document (edits arriving meanwhile are not mixed in) through the one
 * pipeline in shared/export; the host prints PDFs and saves the file where the user chooses.
 * `dialog` words the save dialog in the interface language: its title and the file type's name.
 */
export async function exportDocument(
  host: HostApi,
  doc: Y.Doc,
  format: ExportFormat,
  options: ExportOptions,
  extras: ExportExtras,
  onStep: (step: ExportStep) => void,
  dialog: { title: string; fileType: string },
): Promise<ExportOutcome> {
  onStep('snapshot');
  const model = snapshotExportModel(doc, extras);
  const name = fileNameFor(model.meta.title, format);
  let data: Uint8Array;
  if (format === 'pdf') {
    onStep('layout');
    const paged = renderPrintHtml(model, options, { pagedScript: await loadPagedScript() });
    const reading = renderPrintHtml(model, { ...options, notes: 'endnotes' });
    const pdf = await host.printToPdf({ paged, reading, paper: options.paper, title: model.meta.title });
    if (!pdf) return { kind: 'print-dialog' };
    data = pdf;
  } else if (format === 'docx') {
    data = await renderDocx(model, options);
  } else {
    const text = format === 'md' ? renderMarkdown(model, options) : renderPrintHtml(model, options);
    data = new TextEncoder().encode(text);
  }
  onStep('saving');
  const filter = { name: dialog.fileType, extensions: [EXTENSIONS[format]] };
  const saved = await host.saveFile({ title: dialog.title, suggestedName: name, filters: [filter], data });
  if (!saved) return { kind: 'cancelled' };
  await host.revealFile(saved.location).catch(() => undefined);
  return { kind: 'saved', location: saved.location };
}
