/** The image formats a document may hold. SVG is only accepted to be rasterised (see docs/images.md). */
export type ImageType = 'png' | 'jpeg' | 'gif' | 'webp' | 'svg';

/** Formats an image node may hold: what every export (PDF, Word, HTML, Markdown) carries as is. */
export const STORED_IMAGE_TYPES = ['png', 'jpeg', 'gif'] as const;
export type StoredImageType = (typeof STORED_IMAGE_TYPES)[number];

/** Each format's media type. */
export const IMAGE_MIME: Record<ImageType, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

/** What an image file's header says: its format and its pixel size, read without decoding the pixels. */
export interface ImageHeader {
  type: ImageType;
  width: number;
  height: number;
}

/** A header, or why there is none: not an image format we know, or a known one whose header is broken. */
export type HeaderResult = { ok: true; header: ImageHeader } | { ok: false; reason: 'unknown' | 'damaged' };

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const ascii = (b: Uint8Array, at: number, length: number) => String.fromCharCode(...b.subarray(at, at + length));
const startsWith = (b: Uint8Array, magic: readonly number[]) => magic.every((m, i) => b[i] === m);

const DAMAGED: HeaderResult = { ok: false, reason: 'damaged' };
const sized = (type: ImageType, width: number, height: number): HeaderResult =>
  width > 0 && height > 0 ? { ok: true, header: { type, width, height } } : DAMAGED;

function png(b: Uint8Array): HeaderResult {
  // The first chunk must be IHDR (13 bytes): width and height are its first two fields.
  if (b.length < 33 || u32be(b, 8) !== 13 || ascii(b, 12, 4) !== 'IHDR') return DAMAGED;
  return sized('png', u32be(b, 16), u32be(b, 20));
}

function gif(b: Uint8Array): HeaderResult {
  if (b.length < 13) return DAMAGED;
  return sized('gif', u16le(b, 6), u16le(b, 8));
}

/** Walks JPEG segments to the first start-of-frame, which holds the size; bounded by the file's length. */
function jpeg(b: Uint8Array): HeaderResult {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return DAMAGED;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return DAMAGED; // end of image or scan before any frame
    const length = u16be(b, at + 2);
    if (length < 2) return DAMAGED;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return at + 9 <= b.length ? sized('jpeg', u16be(b, at + 7), u16be(b, at + 5)) : DAMAGED;
    at += 2 + length;
  }
  return DAMAGED;
}

function webp(b: Uint8Array): HeaderResult {
  if (b.length < 30) return DAMAGED;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ') {
    // Key frame start code, then 14-bit width and height (the top two bits are scaling).
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return DAMAGED;
    return sized('webp', u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return DAMAGED;
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return sized('webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') return sized('webp', u24le(b, 24) + 1, u24le(b, 27) + 1);
  return DAMAGED;
}

/** An SVG length in CSS pixels ("120", "120px", "3cm"); null for percentages and anything unreadable. */
function svgLength(value: string | undefined): number | null {
  const m = value ? /^\s*([0-9]*\.?[0-9]+(?:e[+-]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*$/i.exec(value) : null;
  if (!m) return null;
  const perUnit: Record<string, number> = { px: 1, pt: 4 / 3, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96 };
  const px = Number(m[1]) * perUnit[(m[2] ?? 'px').toLowerCase()]!;
  return Number.isFinite(px) && px > 0 ? Math.round(px) : null;
}

/** The root <svg> element's size: width and height, else its viewBox, else the CSS default 300 x 150. */
function svg(b: Uint8Array): HeaderResult {
  const head = new TextDecoder().decode(b.subarray(0, 4096)).replace(/^\ufeff/, '');
  const tag = /<svg\b([^>]*)>/i.exec(head);
  if (!tag) return DAMAGED;
  const attrs = new Map<string, string>();
  for (const m of tag[1]!.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
    attrs.set(m[1]!.toLowerCase(), m[3] ?? m[4] ?? '');
  const box = (attrs.get('viewbox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [boxW, boxH] = box.length === 4 && box.every(Number.isFinite) ? [box[2]!, box[3]!] : [0, 0];
  let width = svgLength(attrs.get('width'));
  let height = svgLength(attrs.get('height'));
  if (width && !height && boxW > 0) height = Math.round((width * boxH) / boxW);
  if (height && !width && boxH > 0) width = Math.round((height * boxW) / boxH);
  return sized('svg', width ?? (Math.round(boxW) || 300), height ?? (Math.round(boxH) || 150));
}

/** Whether the bytes start like an SVG document (XML declaration, comments or a doctype may come first). */
function looksLikeSvg(b: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(b.subarray(0, 1024))
    .replace(/^\ufeff/, '')
    .trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}

/**
 * Reads an image file's format and pixel size from its first bytes, by its magic number (never by
 * its name), without decoding it: a 50,000 x 50,000 PNG of a few kilobytes is recognised from its
 * header before anything would allocate its pixels.
 */
export function readImageHeader(bytes: Uint8Array): HeaderResult {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return png(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpeg(bytes);
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return gif(bytes);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return webp(bytes);
  if (looksLikeSvg(bytes)) return svg(bytes);
  return { ok: false, reason: 'unknown' };
}
