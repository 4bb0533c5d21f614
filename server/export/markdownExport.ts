import fs from 'node:fs/promises';
import path from 'node:path';
import type { ExportModel } from '../../shared/export/exportModel.ts';
import type { ExportOptions } from '../../shared/export/exportOptions.ts';
import { renderMarkdown } from '../../shared/export/markdown/renderMarkdown.ts';
import { markdownImageFiles } from '../../shared/export/markdown/markdownFigures.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

/**
 * Writes a Markdown export to `out` and its images beside it, in `<name>-images/` (`report.md`,
 * `report-images/image-1.png`), linked relatively, so the folder reads as it is anywhere. The images
 * are written first: a failure leaves no `.md` pointing at files that are not there. Returns the
 * number of bytes written, images included.
 */
export async function writeMarkdownExport(
  model: ExportModel,
  options: ExportOptions,
  out: string,
  overwrite: boolean,
): Promise<{ bytes: number; images: number }> {
  const folder = `${path.basename(out, path.extname(out))}-images`;
  const { files, links } = markdownImageFiles(model.body, model.images, folder);
  const text = new TextEncoder().encode(renderMarkdown(model, options, links));
  if (
    !overwrite &&
    (await fs.stat(out).then(
      () => true,
      () => false,
    ))
  )
    throw new Error(`${out} exists; use --force to overwrite it`);
  if (files.length) await fs.mkdir(path.join(path.dirname(out), folder), { recursive: true });
  let bytes = text.length;
  for (const file of files) {
    await writeFileAtomic(path.join(path.dirname(out), file.path), file.bytes, overwrite);
    bytes += file.bytes.length;
  }
  await writeFileAtomic(out, text, overwrite);
  return { bytes, images: files.length };
}
