import { sha256Hex } from '../images/blobHash.ts';
import { checkImageBytes, DEFAULT_IMAGE_LIMITS } from '../images/imageLimits.ts';
import { STORED_IMAGE_TYPES, type StoredImageType } from '../schema/image.ts';
import type { FileBlob } from '../file/fileBlobs.ts';
import { readImageHeader } from '../images/imageFormat.ts';
import { unshownFormat } from './docxImageFallbacks.ts';
import type { FormatDroppedKind } from './importTypes.ts';

/** Most image bytes one import keeps (the rest are dropped and counted). */
const MAX_IMPORTED_IMAGE_BYTES = 200 * 1024 * 1024;

/** The attributes an imported `<img>` carries for htmlToDoc: a reference to a collected image. */
export interface ImageRefAttrs {
  'data-blob': string;
  'data-type': StoredImageType;
  'data-width': string;
  'data-height': string;
  /** The share of the text column the source file shows it at (Word's picture size), when it says. */
  'data-size'?: string;
}

/**
 * Re-encodes a WebP image as PNG (lossless), as inserting one does, since Word cannot show WebP:
 * the app's import worker decodes it with the browser's decoder; the command line has none.
 * Null when it does not decode.
 */
export type WebpToPng = (webp: Uint8Array) => Promise<Uint8Array | null>;

/**
 * Collects the images of a file being imported: each is checked by its header (format, pixel
 * limits: no bomb is ever decoded), named by its SHA-256 and kept once however often it appears.
 * PNG, JPEG and GIF are kept as they are; WebP becomes PNG where a decoder is given (`WebpToPng`).
 * Other formats (EMF, WMF, TIFF, SVG) are dropped and counted: see `leftOutAs`.
 */
export class ImageCollector {
  private readonly byHash = new Map<string, FileBlob>();
  private bytes = 0;

  /**
   * `shown`: the sizes the source file shows its images at (a Word file's), taken in order by the
   * hash of the file's own bytes; `webpToPng`: the WebP decoder, when there is one.
   */
  constructor(
    private readonly shown?: { next(hash: string): number | null },
    private readonly webpToPng?: WebpToPng,
  ) {}

  /**
   * The image's reference attributes, or null when it is not kept. `source`: the bytes the file's
   * sizes are known by, when `data` stands in for them (a metafile's PNG twin).
   */
  async take(data: Uint8Array, source: Uint8Array = data): Promise<ImageRefAttrs | null> {
    let check = checkImageBytes(data, DEFAULT_IMAGE_LIMITS);
    if (!check.ok) return null;
    let bytes = data;
    if (check.header.type === 'webp' && this.webpToPng) {
      const png = await this.webpToPng(data).catch(() => null);
      if (!png) return null;
      check = checkImageBytes(png, DEFAULT_IMAGE_LIMITS);
      if (!check.ok || check.header.type !== 'png') return null;
      bytes = png;
    }
    const type = check.header.type;
    if (!(STORED_IMAGE_TYPES as readonly string[]).includes(type)) return null;
    const hash = await sha256Hex(bytes);
    if (!this.byHash.has(hash)) {
      if (this.bytes + bytes.length > MAX_IMPORTED_IMAGE_BYTES) return null;
      this.bytes += bytes.length;
      this.byHash.set(hash, { hash, type: type as StoredImageType, bytes });
    }
    const size = this.shown?.next(source === bytes ? hash : await sha256Hex(source));
    return {
      'data-blob': hash,
      'data-type': type as StoredImageType,
      'data-width': String(check.header.width),
      'data-height': String(check.header.height),
      ...(size ? { 'data-size': String(size) } : {}),
    };
  }

  /**
   * The kind to count an image that was not kept under when its format is why: one a browser cannot
   * draw (EMF, WMF, TIFF), or WebP where there is no decoder. Null for any other reason (damaged,
   * too large), counted as a plain image.
   */
  leftOutAs(data: Uint8Array): FormatDroppedKind | null {
    const format = unshownFormat(data);
    if (format) return `${format} image`;
    const header = readImageHeader(data);
    return header.ok && header.header.type === 'webp' && !this.webpToPng ? 'WebP image' : null;
  }

  /** The images collected, each once. */
  get images(): FileBlob[] {
    return [...this.byHash.values()];
  }
}
