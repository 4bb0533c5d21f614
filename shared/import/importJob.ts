import { ImportBudget, IMPORT_LIMITS } from './importBudget.ts';
import type { ImportLimits } from './importBudget.ts';
import { importDocx } from './importDocx.ts';
import { importMarkdown } from './importMarkdown.ts';
import { ImportError } from './importTypes.ts';
import type { ImportedDocument } from './importTypes.ts';

/** An import to run on a worker: the file's name (it picks the importer and the fallback title) and bytes. */
export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  limits?: ImportLimits;
}

/** A worker's answer: the document, or why not (`refused`: an ImportError, shown as it is). */
export type ImportReply = { ok: true; imported: ImportedDocument } | { ok: false; refused: boolean; message: string };

/** The title a document gets when its file has none: the file name without its extension. */
function titleFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'Imported document';
}

/** Imports a Word (.docx) or Markdown (.md, .markdown) file, picked by its name, within `budget`. */
async function importByName(
  fileName: string,
  bytes: Uint8Array,
  budget: ImportBudget = new ImportBudget(),
): Promise<ImportedDocument> {
  const lower = fileName.toLowerCase();
  const title = titleFromFileName(fileName);
  if (lower.endsWith('.docx')) return importDocx(bytes, title, budget);
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return importMarkdown(bytes, title, budget);
  throw new ImportError(`${fileName} is neither a Word (.docx) nor a Markdown (.md) file.`);
}

/** Runs one import request to a reply (what the import workers of the app and the command line do). */
export async function runImportJob(request: ImportRequest): Promise<ImportReply> {
  try {
    const budget = new ImportBudget(request.limits ?? IMPORT_LIMITS);
    return { ok: true, imported: await importByName(request.fileName, request.bytes, budget) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, refused: err instanceof ImportError, message };
  }
}
