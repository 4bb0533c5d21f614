import type * as Y from 'yjs';
import type { HostApi } from '../../../shared/host/HostApi.ts';
import { snapshotExportModel, type ExportExtras } from '../../../shared/export/exportModel.ts';
import type { ExportOptions } from '../../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../../shared/export/html/renderPrintHtml.ts';
import { markdownBundle } from '../../../shared/export/markdown/markdownBundle.ts';
import { fileNameFor } from '../../../shared/file/fileName.ts';
import type { ExportFormat } from '../../../shared/export/exportFormats.ts';
import { loadPagedScript, pagedRuntimeUrl } from './pagedScript.ts';
import type { LocalBlobStore } from '../images/localBlobStore.ts';
import type { ExportImage } from '../../../shared/export/exportFigures.ts';
import { imageRefsInBody } from '../../../shared/images/imageRefs.ts';

const EXTENSIONS: Record<ExportFormat, string> = { pdf: 'pdf', docx: 'docx', md: 'md', html: 'html' };

/** Where an export is, for the progress shown in the dialog. */
export type ExportStep = 'snapshot' | 'layout' | 'saving';

/** A step, and while laying out, the pages laid out so far when the host can tell. */
export interface ExportProgress {
  step: ExportStep;
  pages?: number;
}

/** What came of an export: a saved file, the browser's print dialog, or nothing (cancelled). */
export type ExportOutcome = { kind: 'saved'; location: string } | { kind: 'print-dialog' } | { kind: 'cancelled' };

/** The bytes of the images an export shows, from this computer's store (one not here yet is left out). */
async function loadImages(hashes: readonly string[], blobs: LocalBlobStore) {
  const images = new Map<string, ExportImage>();
  for (const hash of hashes) {
    const blob = await blobs.get(hash);
    if (blob) images.set(hash, { type: blob.type, bytes: blob.bytes });
  }
  return images;
}

/**
 * Exports a snapshot of the document (edits arriving meanwhile are not mixed in) through the one
 * pipeline in shared/export; the host prints PDFs and saves the file where the user chooses.
 * `dialog` words the save dialog in the interface language: its title and the file type's name (and
 * the zip's, for Markdown with images: `markdownBundle`).
 */
export async function exportDocument(
  host: HostApi,
  doc: Y.Doc,
  format: ExportFormat,
  options: ExportOptions,
  extras: ExportExtras,
  onProgress: (progress: ExportProgress) => void,
  dialog: { title: string; fileType: string; bundleType: string },
  blobs?: LocalBlobStore,
): Promise<ExportOutcome> {
  onProgress({ step: 'snapshot' });
  const snapshot = snapshotExportModel(doc, extras);
  const wanted = [...imageRefsInBody(snapshot.body), ...snapshot.logos.map((l) => l.blob)];
  const model = { ...snapshot, images: blobs ? await loadImages(wanted, blobs) : snapshot.images };
  let name = fileNameFor(model.meta.title, format);
  let filter = { name: dialog.fileType, extensions: [EXTENSIONS[format]] };
  let data: Uint8Array;
  if (format === 'pdf') {
    onProgress({ step: 'layout' });
    const runtime =
      host.kind === 'web' ? { pagedScriptUrl: await pagedRuntimeUrl() } : { pagedScript: await loadPagedScript() };
    const paged = renderPrintHtml(model, options, runtime);
    const request = { paged, paper: options.paper, title: model.meta.title };
    const pdf = await host.printToPdf(request, (pages) => onProgress({ step: 'layout', pages }));
    if (!pdf) return { kind: 'print-dialog' };
    data = pdf;
  } else if (format === 'docx') {
    // Word's writer is loaded on the first Word export only: it is a fifth of the app's code.
    const { renderDocx } = await import('../../../shared/export/docx/renderDocx.ts');
    data = await renderDocx(model, options);
  } else if (format === 'md') {
    // With images: a zip of the .md and its image folder, since one save cannot write files beside it.
    const bundle = markdownBundle(model, options, name.replace(/\.md$/, ''));
    if (bundle.zipped) filter = { name: dialog.bundleType, extensions: ['zip'] };
    name = bundle.fileName;
    data = bundle.data;
  } else {
    data = new TextEncoder().encode(renderPrintHtml(model, options));
  }
  onProgress({ step: 'saving' });
  const saved = await host.saveFile({ title: dialog.title, suggestedName: name, filters: [filter], data });
  if (!saved) return { kind: 'cancelled' };
  await host.revealFile(saved.location).catch(() => undefined);
  return { kind: 'saved', location: saved.location };
}
