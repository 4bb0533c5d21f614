import type { ImageHeader } from '../../../shared/images/imageFormat.ts';
import type { ImageLimits } from '../../../shared/images/imageLimits.ts';

/** SVGs are drawn at twice their declared size for print, their longer side at most this many pixels. */
const SVG_MAX_SIDE = 4096;

/** A decoded image as PNG bytes (lossless). */
export async function reencodePng(bitmap: ImageBitmap): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
}

/**
 * An SVG drawn to PNG. It is loaded as an <img> from a blob: URL: in that mode browsers run no
 * script in it and load nothing it references (external images, fonts, style sheets), so hostile
 * markup draws at most a picture. Drawn at twice its declared size for print, within SVG_MAX_SIDE
 * and the pixel limits.
 */
export async function rasteriseSvg(
  bytes: Uint8Array,
  header: ImageHeader,
  limits: ImageLimits,
): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const scale = Math.min(
    2,
    SVG_MAX_SIDE / Math.max(header.width, header.height),
    Math.sqrt(limits.maxPixels / (header.width * header.height)),
  );
  const width = Math.max(1, Math.round(header.width * scale));
  const height = Math.max(1, Math.round(header.height * scale));
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')!.drawImage(img, 0, 0, width, height);
    const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    return { bytes: png, width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
