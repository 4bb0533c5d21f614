import type { Token } from 'markdown-it';
import type { DropCounter, DroppedKind } from './importTypes.ts';
import type { ImageCollector } from './importedImages.ts';
import { MAX_SIBLING_FILES, type SiblingReader } from './siblingPath.ts';

/** The relative path an image's `src` names, or null for a web address or another scheme. */
function relativePath(src: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//') || !src) return null;
  const bare = src.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/** The bytes of a `data:image/…;base64,` URL, or null. */
function dataUrlBytes(src: string): Uint8Array | null {
  const m = /^data:image\/[a-z+.-]+;base64,([A-Za-z0-9+/=\s]*)$/i.exec(src);
  if (!m) return null;
  try {
    // atob, not lib0's fromBase64: that one takes Node's Buffer in a Web Worker (no `window`), where it is absent.
    return Uint8Array.from(atob(m[1]!.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Turns the images of parsed Markdown into references to collected blobs before it is rendered:
 * `data:` images and files beside the Markdown file (through `read`) are checked as any imported
 * image (`ImageCollector`); a linked file that cannot be read is counted ("image file not found"),
 * or, with no `read` at all, as "linked image file" (the report says the app could not read it).
 * Web images are left for htmlToDoc, which drops and counts them: nothing is ever fetched.
 */
export async function collectMarkdownImages(
  tokens: readonly Token[],
  images: ImageCollector,
  dropped: DropCounter,
  read?: SiblingReader,
): Promise<void> {
  const cache = new Map<string, Promise<Uint8Array | null>>();
  for (const block of tokens)
    for (const token of block.children ?? []) {
      if (token.type !== 'image') continue;
      const src = String(token.attrGet('src') ?? '');
      const path = relativePath(src);
      let bytes = dataUrlBytes(src);
      if (!bytes && path !== null) {
        if (!read) {
          drop(token, dropped, 'linked image file');
          continue;
        }
        if (!cache.has(path))
          cache.set(path, cache.size < MAX_SIBLING_FILES ? read(path).catch(() => null) : Promise.resolve(null));
        bytes = await cache.get(path)!;
        if (!bytes) {
          drop(token, dropped, 'missing image file');
          continue;
        }
      }
      if (!bytes) continue;
      const ref = await images.take(bytes);
      if (!ref) {
        drop(token, dropped, images.leftOutAs(bytes) ?? 'image');
        continue;
      }
      token.attrSet('src', '');
      for (const [name, value] of Object.entries(ref)) token.attrSet(name, String(value));
    }
}

/** Leaves an image out (counted once here, so htmlToDoc does not count it again). */
function drop(token: Token, dropped: DropCounter, kind: DroppedKind): void {
  dropped.add(kind);
  token.type = 'text';
  token.content = '';
  token.children = null;
}
