import { Node } from '@tiptap/core';
import { isBlobHash } from '../images/blobHash.ts';
import { STORED_IMAGE_TYPES, type StoredImageType } from '../images/imageFormat.ts';

/** The part of a DOM element parse rules read (shared/ has no DOM types). */
interface ParsedElement {
  getAttribute(name: string): string | null;
}

/** How an image sits in the text column: centred, or at the start or end of the line (mirrored in right-to-left text). */
export const IMAGE_ALIGNS = ['center', 'start', 'end'] as const;
export type ImageAlign = (typeof IMAGE_ALIGNS)[number];

// Defined beside the other image formats, so the relay checks uploads without loading Tiptap.
export { STORED_IMAGE_TYPES, type StoredImageType } from '../images/imageFormat.ts';

/** An image node's attributes, read from anything (Yjs, HTML, a file) into safe values. */
export interface ImageAttrs {
  /** SHA-256 of the bytes (the blob's name); the bytes live in the blob stores, never in the document. */
  blob: string | null;
  type: StoredImageType;
  /** Pixel size of the image file. */
  width: number;
  height: number;
  /** Shown width, as a percentage of the text column; the height follows the aspect ratio. */
  size: number;
  align: ImageAlign;
  /** What the image shows, for people who cannot see it (alt text). Empty: flagged before export. */
  alt: string;
}

const clampInt = (value: unknown, min: number, max: number, fallback: number) => {
  const n = Math.round(Number(value));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
};

/** Reads image attributes from untrusted values. */
export function imageAttrs(raw: Record<string, unknown>): ImageAttrs {
  return {
    blob: isBlobHash(raw.blob) ? raw.blob : null,
    type: (STORED_IMAGE_TYPES as readonly unknown[]).includes(raw.type) ? (raw.type as StoredImageType) : 'png',
    width: clampInt(raw.width, 1, 16384, 1),
    height: clampInt(raw.height, 1, 16384, 1),
    size: clampInt(raw.size, 5, 100, 100),
    align: (IMAGE_ALIGNS as readonly unknown[]).includes(raw.align) ? (raw.align as ImageAlign) : 'center',
    alt: typeof raw.alt === 'string' ? raw.alt.slice(0, MAX_ALT_CHARS) : '',
  };
}

/** Alt text longer than this is cut (a description, not a caption). */
export const MAX_ALT_CHARS = 1000;

/** An attribute parsed from its HTML form and written by renderHTML below, not by Tiptap. */
const attr = (read: (el: ParsedElement) => unknown, fallback: unknown) => ({
  default: fallback,
  parseHTML: read,
  rendered: false,
});

/**
 * A block image. The document holds a reference to the bytes (their SHA-256) with the image's
 * pixel size, shown size, alignment and alt text; the bytes are content-addressed blobs kept in the
 * local store and on the relay (docs/images.md). Its HTML form carries no `src`: a copied image is
 * a reference, and nothing in a document can make the app load a remote address.
 */
export const ImageNode = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    const read = (key: keyof ImageAttrs) => (el: ParsedElement) =>
      imageAttrs({ [key]: el.getAttribute(key === 'alt' ? 'alt' : `data-${key}`) })[key];
    return {
      blob: attr(read('blob'), null),
      type: attr(read('type'), 'png'),
      width: attr(read('width'), 1),
      height: attr(read('height'), 1),
      size: attr(read('size'), 100),
      align: attr(read('align'), 'center'),
      alt: attr(read('alt'), ''),
    };
  },
  parseHTML() {
    return [{ tag: 'img[data-blob]' }];
  },
  renderHTML({ node }) {
    const a = imageAttrs(node.attrs);
    return [
      'img',
      {
        'data-blob': a.blob ?? '',
        'data-type': a.type,
        'data-width': String(a.width),
        'data-height': String(a.height),
        'data-size': String(a.size),
        'data-align': a.align,
        alt: a.alt,
      },
    ];
  },
});
