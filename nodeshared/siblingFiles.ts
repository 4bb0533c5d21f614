import fs from 'node:fs/promises';
import path from 'node:path';
import type { SiblingReader } from '../shared/import/siblingPath.ts';
import { boundedSiblingReader, MAX_SIBLING_BYTES, MAX_SIBLING_FILES } from '../shared/import/siblingPath.ts';

/** Whether `inner` is `folder` or inside it. */
function within(folder: string, inner: string): boolean {
  const rel = path.relative(folder, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Reads the files beside a Markdown file, for its images (the command line and the desktop app):
 * only inside `folder` (the file's own, and its subfolders: `../`, an absolute path or a link leading
 * out of it reads nothing, so a shared Markdown file cannot pull other pictures off the computer into
 * a document), only regular files of at most `maxBytes`, at most `maxFiles` distinct files.
 */
export function siblingReader(
  folder: string,
  maxBytes = MAX_SIBLING_BYTES,
  maxFiles = MAX_SIBLING_FILES,
): SiblingReader {
  const root = fs.realpath(folder).catch(() => null);
  const readInside: SiblingReader = async (relative) => {
    const base = await root;
    if (!base) return null;
    const wanted = path.resolve(base, relative);
    if (!within(base, wanted)) return null;
    const real = await fs.realpath(wanted).catch(() => null);
    if (!real || !within(base, real)) return null;
    const handle = await fs.open(real, 'r').catch(() => null);
    if (!handle) return null;
    try {
      // The opened handle is checked, so the file cannot be swapped between the check and the read.
      const stat = await handle.stat();
      if (!stat.isFile() || stat.size > maxBytes) return null;
      return new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  };
  return boundedSiblingReader(readInside, maxBytes, maxFiles);
}
