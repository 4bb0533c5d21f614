import type { OpenedFile } from '../../../shared/host/HostApi.ts';
import { importedToYDoc } from '../../../shared/import/importedToYDoc.ts';
import type { ImportedDocument } from '../../../shared/import/importTypes.ts';
import type { Library } from './Library.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { importInWorker } from './importInWorker.ts';
import type { SiblingReader } from '../../../shared/import/siblingPath.ts';

/** The file types the library imports (the name is the interface's: `file.importFilter`). */
export const IMPORT_FILTER = { name: 'Word or Markdown', extensions: ['docx', 'md', 'markdown'] };

/**
 * Imports a Word or Markdown file as a new document, titled after the file (or `untitled`), in the
 * language its text is written in (else `fallbackLanguage`), converted in a worker within the import
 * budget; its images join the workspace's. Throws ImportError, creating nothing, when the file is not
 * what it claims, is damaged, protected, oversized or over the budget; returns what had to be dropped.
 * `read` reads the files beside a Markdown file, for its images (without it they are "linked image files").
 */
export async function importFile(
  library: Library,
  file: OpenedFile,
  untitled: string,
  fallbackLanguage?: Locale,
  read?: SiblingReader,
): Promise<{ id: string; dropped: ImportedDocument['dropped'] }> {
  const imported = await importInWorker(file.name, file.data, untitled, undefined, read);
  for (const image of imported.images ?? []) await library.blobs.put(image.hash, image.type, image.bytes);
  const id = await library.adopt(importedToYDoc(imported, new Date(), fallbackLanguage));
  return { id, dropped: imported.dropped };
}
