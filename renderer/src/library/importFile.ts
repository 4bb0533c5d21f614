import type { OpenedFile } from '../../../shared/host/HostApi.ts';
import { importDocx } from '../../../shared/import/importDocx.ts';
import { importMarkdown } from '../../../shared/import/importMarkdown.ts';
import { importedToYDoc } from '../../../shared/import/importedToYDoc.ts';
import { describeDropped, ImportError } from '../../../shared/import/importTypes.ts';
import type { Library } from './Library.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';

/** The file types the library imports. */
export const IMPORT_FILTER = { name: 'Word or Markdown', extensions: ['docx', 'md', 'markdown'] };

/**
 * Imports a Word or Markdown file as a new document, in the language its text is written in (else
 * `fallbackLanguage`). Throws ImportError, creating nothing, when the file is not what it claims, is
 * damaged, protected or oversized; returns the report of what was dropped.
 */
export async function importFile(
  library: Library,
  file: OpenedFile,
  fallbackLanguage?: Locale,
): Promise<{ id: string; report: string }> {
  const base = file.name.replace(/\.[^.]+$/, '') || 'Imported document';
  const lower = file.name.toLowerCase();
  let imported;
  if (lower.endsWith('.docx')) imported = await importDocx(file.data, base);
  else if (lower.endsWith('.md') || lower.endsWith('.markdown')) imported = importMarkdown(file.data, base);
  else throw new ImportError(`${file.name} is neither a Word (.docx) nor a Markdown (.md) file.`);
  const id = await library.adopt(importedToYDoc(imported, new Date(), fallbackLanguage));
  return { id, report: describeDropped(imported.dropped) };
}
