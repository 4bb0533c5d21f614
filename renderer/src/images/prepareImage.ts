import { sha256Hex } from '../../../shared/images/blobHash.ts';
import { IMAGE_MIME } from '../../../shared/images/imageFormat.ts';
import type { ImageHeader } from '../../../shared/images/imageFormat.ts';
import { checkImageBytes, DEFAULT_IMAGE_LIMITS } from '../../../shared/images/imageLimits.ts';
import type { ImageLimits, ImageRefusal } from '../../../shared/images/imageLimits.ts';
import type { StoredImageType } from '../../../shared/schema/image.ts';
import { rasteriseSvg, reencodePng } from './rasterise.ts';

/** An image ready to store and insert: checked, decoded once, in a format every export carries. */
export interface PreparedImage {
  hash: string;
  type: StoredImageType;
  bytes: Uint8Array;
  /** Pixel size as shown (a JPEG's orientation applied). */
  width: number;
  height: number;
}

/** Why an image was refused, for the message shown (nothing is inserted). */
export class ImageRefused extends Error {
  override name = 'ImageRefused';
  constructor(readonly refusal: ImageRefusal) {
    super(refusal.kind);
  }
}

/** Decodes the image (its header was checked first, so this cannot allocate more than the limits allow). */
async function decode(bytes: Uint8Array, header: ImageHeader): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(new Blob([bytes.slice()], { type: IMAGE_MIME[header.type] }));
  } catch {
    throw new ImageRefused({ kind: 'damaged' });
  }
}

/**
 * Takes a file the user inserts, pastes or drops, and makes it a stored image, or refuses it with
 * ImageRefused. The header is read first (format by magic number, size, pixel count: a 50,000 x
 * 50,000 PNG of a few kilobytes stops here, never decoded); then the image is decoded once, which
 * catches corrupt files, and must have the size its header declared. PNG, JPEG and GIF are kept
 * byte for byte (no recompression). WebP is re-encoded as PNG (lossless) because Word cannot show
 * it; SVG is rasterised to PNG in the browser's image sandbox (no scripts, no external references
 * are ever loaded), so no SVG is ever stored, synced or exported.
 */
export async function prepareImage(
  bytes: Uint8Array,
  limits: ImageLimits = DEFAULT_IMAGE_LIMITS,
): Promise<PreparedImage> {
  const check = checkImageBytes(bytes, limits);
  if (!check.ok) throw new ImageRefused(check.refusal);
  const { header } = check;
  if (header.type === 'svg') return named(await rasteriseSvg(bytes, header, limits).catch(refuseDamaged), 'png');
  const bitmap = await decode(bytes, header);
  try {
    const { width, height } = bitmap;
    const sameSize =
      (width === header.width && height === header.height) || (width === header.height && height === header.width);
    if (!sameSize) throw new ImageRefused({ kind: 'damaged' });
    if (header.type === 'webp') return named({ bytes: await reencodePng(bitmap), width, height }, 'png');
    return named({ bytes, width, height }, header.type);
  } finally {
    bitmap.close();
  }
}

function refuseDamaged(err: unknown): never {
  throw err instanceof ImageRefused ? err : new ImageRefused({ kind: 'damaged' });
}

async function named(
  image: { bytes: Uint8Array; width: number; height: number },
  type: StoredImageType,
): Promise<PreparedImage> {
  return { ...image, type, hash: await sha256Hex(image.bytes) };
}
