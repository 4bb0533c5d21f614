import { ImportBudget, IMPORT_LIMITS } from './importBudget.ts';
import type { ImportLimits } from './importBudget.ts';
import { importDocx } from './importDocx.ts';
import { importMarkdownWithImages } from './importMarkdown.ts';
import { ImportError } from './importTypes.ts';
import type { SiblingReader } from './siblingPath.ts';
import type { WebpToPng } from './importedImages.ts';
import type { ImportedDocument } from './importTypes.ts';
import type { ImportReply } from './importReply.ts';

/**
 * An import to run on a worker: the file's name (it picks the importer and the title), its bytes,
 * and the title for a file whose name is only an extension (`untitled`, in the interface language).
 */
export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  limits?: ImportLimits;
  untitled?: string;
  /** The folder the file is in, for a Markdown file's images (the command line's worker reads it). */
  folder?: string;
  /** The window can read the files beside it (the app's worker asks it for each: `siblingMessages.ts`). */
  siblings?: boolean;
}

/** The title a document gets when its file has none: the file name without its extension. */
function titleFromFileName(fileName: string, untitled: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || untitled;
}

/** Imports a Word (.docx) or Markdown (.md, .markdown) file, picked by its name, within `budget`. */
async function importByName(
  { fileName, bytes, untitled = 'Imported document' }: ImportRequest,
  budget: ImportBudget,
  read?: SiblingReader,
  webpToPng?: WebpToPng,
): Promise<ImportedDocument> {
  const lower = fileName.toLowerCase();
  const title = titleFromFileName(fileName, untitled);
  if (lower.endsWith('.docx')) return importDocx(bytes, title, budget, { webpToPng });
  if (lower.endsWith('.md') || lower.endsWith('.markdown'))
    return importMarkdownWithImages(bytes, title, budget, read, webpToPng);
  throw new ImportError('import.wrongType', { name: fileName });
}

/**
 * Runs one import request to a reply (what the import workers of the app and the command line do);
 * `read` reads the files beside a Markdown file, where the worker can (the command line's);
 * `webpToPng` decodes WebP images, where the worker can (the app's).
 */
export async function runImportJob(
  request: ImportRequest,
  read?: SiblingReader,
  webpToPng?: WebpToPng,
): Promise<ImportReply> {
  try {
    const budget = new ImportBudget(request.limits ?? IMPORT_LIMITS);
    return { ok: true, imported: await importByName(request, budget, read, webpToPng) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const refused = err instanceof ImportError ? { messageId: err.messageId, args: err.args } : null;
    return { ok: false, refused, message };
  }
}
