import { boundedSiblingReader, MAX_SIBLING_BYTES } from '../../../shared/import/siblingPath.ts';
import type { SiblingReader } from '../../../shared/import/siblingPath.ts';

/**
 * Asks the member for a folder (`<input type="file" webkitdirectory>`; must run in the click that
 * asked for it) and gives its files, each with `webkitRelativePath` "folder/sub/name"; null when
 * they cancel.
 */
export function pickFolder(): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), { type: 'file', webkitdirectory: true });
    input.addEventListener('change', () => resolve(input.files?.length ? [...input.files] : null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** A picked file's path inside the picked folder (its `webkitRelativePath` without the folder's own name). */
const insidePicked = (file: File): string => (file.webkitRelativePath || file.name).replace(/^[^/]*\//, '');

/**
 * The Markdown file named `markdownName` among a picked folder's files (the shallowest, when its
 * subfolders hold more than one) and a reader of the files beside it, by their path relative to it:
 * files in its folder and subfolders only, at most 20 MB each, at most 1,000 files
 * (`boundedSiblingReader`). Null when the folder does not hold that file.
 */
export function folderSiblings(
  files: readonly File[],
  markdownName: string,
): { markdown: File; read: SiblingReader } | null {
  const paths = files.map((file) => ({ file, path: insidePicked(file) }));
  const depth = (path: string) => path.split('/').length;
  const found = paths
    .filter(({ path }) => path.split('/').pop() === markdownName)
    .sort((a, b) => depth(a.path) - depth(b.path) || a.path.localeCompare(b.path))[0];
  if (!found) return null;
  const folder = found.path.slice(0, found.path.length - markdownName.length);
  const beside = new Map<string, File>();
  for (const { file, path } of paths) if (path.startsWith(folder)) beside.set(path.slice(folder.length), file);
  const read = boundedSiblingReader(async (path) => {
    const file = beside.get(path);
    return file && file.size <= MAX_SIBLING_BYTES ? new Uint8Array(await file.arrayBuffer()) : null;
  });
  return { markdown: found.file, read };
}
