import { readImageHeader } from './imageFormat.ts';
import type { ImageHeader } from './imageFormat.ts';

/** What an image may be: file size, and pixels, which is what decoding it costs in memory. */
export interface ImageLimits {
  /** Largest file, in bytes (20 MB by default; the `imageMaxMegabytes` setting changes it). */
  maxBytes: number;
  /** Most pixels (width x height): decoded, each takes 4 bytes. */
  maxPixels: number;
  /** Longest side in pixels. */
  maxSide: number;
}

/** 20 MB files; 8192 x 8192 pixels (256 MB decoded) at most, and no side over 16,384 (Chromium's canvas limit). */
export const DEFAULT_IMAGE_LIMITS: ImageLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxPixels: 8192 * 8192,
  maxSide: 16384,
};

/** The limits with a maximum file size in megabytes (the setting), clamped to 1-100 MB. */
export function imageLimitsFor(maxMegabytes: number | undefined): ImageLimits {
  const mb = Number.isFinite(maxMegabytes) ? Math.min(100, Math.max(1, Math.round(maxMegabytes!))) : 20;
  return { ...DEFAULT_IMAGE_LIMITS, maxBytes: mb * 1024 * 1024 };
}

/** Why an image was refused; every kind has a message for the user (renderer i18n, import reports). */
export type ImageRefusal =
  | { kind: 'too-large'; bytes: number; maxBytes: number }
  | { kind: 'too-many-pixels'; width: number; height: number }
  | { kind: 'unsupported' }
  | { kind: 'damaged' };

/** An image file that passed the checks that need no decoding, or why it did not. */
export type ImageCheck = { ok: true; header: ImageHeader } | { ok: false; refusal: ImageRefusal };

/**
 * Checks a file before anything decodes it: its size, its format (by magic number) and the pixel
 * size its header declares. Decoding (in the app) then confirms the pixels match the header.
 */
export function checkImageBytes(bytes: Uint8Array, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): ImageCheck {
  if (bytes.length > limits.maxBytes)
    return { ok: false, refusal: { kind: 'too-large', bytes: bytes.length, maxBytes: limits.maxBytes } };
  if (bytes.length === 0) return { ok: false, refusal: { kind: 'damaged' } };
  const read = readImageHeader(bytes);
  if (!read.ok) return { ok: false, refusal: { kind: read.reason === 'unknown' ? 'unsupported' : 'damaged' } };
  const { width, height } = read.header;
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels)
    return { ok: false, refusal: { kind: 'too-many-pixels', width, height } };
  return read;
}
