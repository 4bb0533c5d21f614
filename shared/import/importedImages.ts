import { sha256Hex } from '../images/blobHash.ts';
import { checkImageBytes, DEFAULT_IMAGE_LIMITS } from '../images/imageLimits.ts';
import { STORED_IMAGE_TYPES, type StoredImageType } from '../schema/image.ts';
import type { FileBlob } from '../file/fileBlobs.ts';

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
 * Collects the images of a file being imported: each is checked by its header (format, pixel
 * limits: no bomb is ever decoded), named by its SHA-256 and kept once however often it appears.
 * PNG, JPEG and GIF are kept as they are; other formats (EMF, TIFF, WebP, SVG) are dropped and
 * counted, since nothing decodes them off the UI thread here.
 */
export class ImageCollector {
  private readonly byHash = new Map<string, FileBlob>();
  private bytes = 0;

  /** `shown`: the sizes the source file shows its images at (a Word file's), taken in order by hash. */
  constructor(private readonly shown?: { next(hash: string): number | null }) {}

  /** The image's reference attributes, or null when it is not kept. */
  async take(data: Uint8Array): Promise<ImageRefAttrs | null> {
    const check = checkImageBytes(data, DEFAULT_IMAGE_LIMITS);
    if (!check.ok) return null;
    const type = check.header.type;
    if (!(STORED_IMAGE_TYPES as readonly string[]).includes(type)) return null;
    const hash = await sha256Hex(data);
    if (!this.byHash.has(hash)) {
      if (this.bytes + data.length > MAX_IMPORTED_IMAGE_BYTES) return null;
      this.bytes += data.length;
      this.byHash.set(hash, { hash, type: type as StoredImageType, bytes: data });
    }
    const size = this.shown?.next(hash);
    return {
      'data-blob': hash,
      'data-type': type as StoredImageType,
      'data-width': String(check.header.width),
      'data-height': String(check.header.height),
      ...(size ? { 'data-size': String(size) } : {}),
    };
  }

  /** The images collected, each once. */
  get images(): FileBlob[] {
    return [...this.byHash.values()];
  }
}
