import { DEFAULT_IMAGE_LIMITS } from '../../../shared/images/imageLimits.ts';
import type { ImageLimits, ImageRefusal } from '../../../shared/images/imageLimits.ts';
import type { LocalBlobStore } from './localBlobStore.ts';
import { ImageRefused, prepareImage, type PreparedImage } from './prepareImage.ts';
import type { Translate } from '../i18n/useT.ts';

/** An image taken into the workspace's store, or why it was refused (nothing stored). */
export type Acceptance = { ok: true; image: PreparedImage } | { ok: false; name: string; refusal: ImageRefusal };

/**
 * Checks and prepares an image the user brought in (file, paste, drop) and keeps it in the local
 * store, from which it uploads. A file over the size limit is refused before it is read.
 */
export async function acceptImage(
  source: Blob | Uint8Array,
  name: string,
  store: LocalBlobStore,
  limits: ImageLimits,
): Promise<Acceptance> {
  const size = source instanceof Uint8Array ? source.length : source.size;
  if (size > limits.maxBytes)
    return { ok: false, name, refusal: { kind: 'too-large', bytes: size, maxBytes: limits.maxBytes } };
  const bytes = source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer());
  try {
    const image = await prepareImage(bytes, limits);
    await store.put(image.hash, image.type, image.bytes);
    return { ok: true, image };
  } catch (err) {
    if (err instanceof ImageRefused) return { ok: false, name, refusal: err.refusal };
    throw err;
  }
}

const MB = 1024 * 1024;

/** The message telling why an image was refused, and that nothing was inserted. */
export function refusalText(t: Translate, name: string, refusal: ImageRefusal): string {
  switch (refusal.kind) {
    case 'too-large':
      return t('image.refusedTooLarge', {
        name,
        size: Math.ceil((refusal.bytes / MB) * 10) / 10,
        max: Math.round(refusal.maxBytes / MB),
      });
    case 'too-many-pixels':
      return t('image.refusedTooManyPixels', {
        name,
        width: refusal.width,
        height: refusal.height,
        max: Math.round(DEFAULT_IMAGE_LIMITS.maxPixels / 1e6),
      });
    case 'unsupported':
      return t('image.refusedUnsupported', { name });
    case 'damaged':
      return t('image.refusedDamaged', { name });
  }
}
