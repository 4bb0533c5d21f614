import fs from 'node:fs/promises';
import path from 'node:path';
import type { SiblingReader } from '../../shared/import/markdownImages.ts';
import { DEFAULT_IMAGE_LIMITS } from '../../shared/images/imageLimits.ts';

/** Whether `inner` is `folder` or inside it. */
function within(folder: string, inner: string): boolean {
  const rel = path.relative(folder, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Reads the files beside a Markdown file, for its images: only inside `folder` (the file's own, and
 * its subfolders: `../` or a link leading out of it reads nothing, so a shared Markdown file cannot
 * pull other pictures off the computer into a document), only regular files of at most `maxBytes`.
 */
export function siblingReader(folder: string, maxBytes = DEFAULT_IMAGE_LIMITS.maxBytes): SiblingReader {
  const root = fs.realpath(folder).catch(() => null);
  return async (relative) => {
    const base = await root;
    if (!base || relative.includes('\0')) return null;
    const wanted = path.resolve(base, relative);
    if (!within(base, wanted)) return null;
    const real = await fs.realpath(wanted).catch(() => null);
    if (!real || !within(base, real)) return null;
    const handle = await fs.open(real, 'r').catch(() => null);
    if (!handle) return null;
    try {
      const stat = await handle.stat();
      if (!stat.isFile() || stat.size > maxBytes) return null;
      return new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  };
}
