import type { OpenedFile } from '../../../shared/host/HostApi.ts';
import { importedToYDoc } from '../../../shared/import/importedToYDoc.ts';
import type { ImportedDocument } from '../../../shared/import/importTypes.ts';
import type { Library } from './Library.ts';
import { importInWorker } from './importInWorker.ts';

/** The file types the library imports (the name is the interface's: `file.importFilter`). */
export const IMPORT_FILTER = { name: 'Word or Markdown', extensions: ['docx', 'md', 'markdown'] };

/**
 * Imports a Word or Markdown file as a new document, titled after the file (or `untitled`),
 * converted in a worker within the import budget. Throws ImportError, creating nothing, when the
 * file is not what it claims, is damaged, protected, oversized or over the budget; returns what had
 * to be dropped.
 */
export async function importFile(
  library: Library,
  file: OpenedFile,
  untitled: string,
): Promise<{ id: string; dropped: ImportedDocument['dropped'] }> {
  const imported = await importInWorker(file.name, file.data, untitled);
  const id = await library.adopt(importedToYDoc(imported));
  return { id, dropped: imported.dropped };
}
