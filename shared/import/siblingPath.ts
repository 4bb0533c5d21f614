import { DEFAULT_IMAGE_LIMITS } from '../images/imageLimits.ts';

/**
 * Reads a file beside the Markdown file being imported, by its path relative to that file (forward
 * slashes, decoded); null when it is missing, too large or outside the file's folder. The command
 * line and the desktop read the file's folder; the web app the folder the member picked.
 */
export type SiblingReader = (relativePath: string) => Promise<Uint8Array | null>;

/** Largest linked image file read (the default image limit, 20 MB). */
export const MAX_SIBLING_BYTES = DEFAULT_IMAGE_LIMITS.maxBytes;
/** Most distinct files one import reads beside a Markdown file. */
export const MAX_SIBLING_FILES = 1000;
/** Longest relative path asked for (longer is no file anyone wrote). */
export const MAX_SIBLING_PATH = 4096;

/**
 * The path `relative` names inside the Markdown file's folder, as forward-slash segments with `.`
 * and empty segments removed; null when it is absolute (`/x`, `C:\x`, `\\server`), holds a NUL or
 * leads out of the folder through `..` at any point.
 */
export function siblingPath(relative: string): string | null {
  if (!relative || relative.length > MAX_SIBLING_PATH || relative.includes('\0')) return null;
  const slashed = relative.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[a-z]:/i.test(slashed)) return null;
  const kept: string[] = [];
  for (const segment of slashed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') return null;
    kept.push(segment);
  }
  return kept.length ? kept.join('/') : null;
}

/**
 * Wraps a shell's reader in the bounds every shell shares: only paths `siblingPath` accepts, at
 * most `maxFiles` distinct files, and nothing over `maxBytes` (the inner reader should refuse those
 * before reading; this is the check at the boundary).
 */
export function boundedSiblingReader(
  read: SiblingReader,
  maxBytes = MAX_SIBLING_BYTES,
  maxFiles = MAX_SIBLING_FILES,
): SiblingReader {
  const asked = new Set<string>();
  return async (relative) => {
    const path = siblingPath(relative);
    if (path === null) return null;
    if (!asked.has(path)) {
      if (asked.size >= maxFiles) return null;
      asked.add(path);
    }
    const bytes = await read(path).catch(() => null);
    return bytes instanceof Uint8Array && bytes.byteLength <= maxBytes ? bytes : null;
  };
}
