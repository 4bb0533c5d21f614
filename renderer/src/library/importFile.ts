import type { OpenedFile } from '../../../shared/host/HostApi.ts';
import { importedToYDoc } from '../../../shared/import/importedToYDoc.ts';
import { describeDropped } from '../../../shared/import/importTypes.ts';
import type { Library } from './Library.ts';
import { importInWorker } from './importInWorker.ts';

/** The file types the library imports. */
export const IMPORT_FILTER = { name: 'Word or Markdown', extensions: ['docx', 'md', 'markdown'] };

/**
 * Imports a Word or Markdown file as a new document, converted in a worker within the import
 * budget. Its images join the workspace's. Throws ImportError, creating nothing, when the file is not what it claims, is damaged,
 * protected, oversized or over the budget; returns the report of what was dropped.
 */
export async function importFile(library: Library, file: OpenedFile): Promise<{ id: string; report: string }> {
  const imported = await importInWorker(file.name, file.data);
  for (const image of imported.images ?? []) await library.blobs.put(image.hash, image.type, image.bytes);
  const id = await library.adopt(importedToYDoc(imported));
  return { id, report: describeDropped(imported.dropped) };
}
