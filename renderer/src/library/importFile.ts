import type { OpenedFile } from '../../../shared/host/HostApi.ts';
import { importDocx } from '../../../shared/import/importDocx.ts';
import { importMarkdown } from '../../../shared/import/importMarkdown.ts';
import { importedToYDoc } from '../../../shared/import/importedToYDoc.ts';
import type { ImportedDocument } from '../../../shared/import/importTypes.ts';
import { LocalizedError } from '../../../shared/i18n/LocalizedError.ts';
import type { Library } from './Library.ts';

/** The file types the library imports (the name is the interface's: `file.importFilter`). */
export const IMPORT_FILTER = { name: 'Word or Markdown', extensions: ['docx', 'md', 'markdown'] };

/**
 * Imports a Word or Markdown file as a new document, titled after the file (or `untitled`). Throws
 * ImportError, creating nothing, when the file is not what it claims, is damaged, protected or
 * oversized; returns what had to be dropped.
 */
export async function importFile(
  library: Library,
  file: OpenedFile,
  untitled: string,
): Promise<{ id: string; dropped: ImportedDocument['dropped'] }> {
  const base = file.name.replace(/\.[^.]+$/, '') || untitled;
  const lower = file.name.toLowerCase();
  let imported;
  if (lower.endsWith('.docx')) imported = await importDocx(file.data, base);
  else if (lower.endsWith('.md') || lower.endsWith('.markdown')) imported = importMarkdown(file.data, base);
  else throw new LocalizedError('import.wrongType', { name: file.name });
  const id = await library.adopt(importedToYDoc(imported));
  return { id, dropped: imported.dropped };
}
