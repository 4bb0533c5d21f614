import path from 'node:path';
import type { SiblingReader } from '../../shared/import/siblingPath.ts';
import { siblingReader } from '../../nodeshared/siblingFiles.ts';

/** Whether a file the user picked to import is Markdown (whose images are files beside it). */
export const isMarkdownFile = (file: string): boolean => /\.(md|markdown)$/i.test(file);

/**
 * The folder of the last Markdown file the user picked through the open dialog, and a reader for the
 * files in it: the page asks for a file by its path relative to that Markdown file and can name
 * nothing else (no folder of its own choosing, nothing outside that folder: `siblingReader`'s bounds).
 */
export class ImportFolders {
  private reader: SiblingReader | null = null;

  /** Remembers the folder of a Markdown file the user chose in the dialog (replacing the one before). */
  chosen(file: string): void {
    this.reader = isMarkdownFile(file) ? siblingReader(path.dirname(file)) : null;
  }

  /** The bytes of a file beside the last picked Markdown file, or null (none picked, outside, too large...). */
  read(relative: string): Promise<Uint8Array | null> {
    return this.reader ? this.reader(relative) : Promise.resolve(null);
  }
}
