import { sha256Hex } from '../images/blobHash.ts';
import { readImageHeader } from '../images/imageFormat.ts';
import { relationships } from './docxImageSizes.ts';
import type { VerifiedZip } from './verifiedZip.ts';
import { decodeXml } from './docxReview/wordXml.ts';

/** Picture formats a browser cannot draw, which Word files still carry (metafiles from Office, scans). */
export type UnshownFormat = 'EMF' | 'WMF' | 'TIFF';

const u32le = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** Which of those formats the bytes are, by their magic numbers; null for anything else. */
export function unshownFormat(b: Uint8Array): UnshownFormat | null {
  if (b.length < 8) return null;
  if (
    (b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) ||
    (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a)
  )
    return 'TIFF';
  // An EMF starts with its header record (type 1), whose signature " EMF" sits at byte 40.
  if (b.length >= 44 && u32le(b, 0) === 1 && u32le(b, 40) === 0x464d4520) return 'EMF';
  // A WMF: Aldus placeable header, or a bare header (type 1 or 2, header size 9 words).
  if (u32le(b, 0) === 0x9ac6cdd7) return 'WMF';
  if ((b[0] === 1 || b[0] === 2) && b[1] === 0 && b[2] === 9 && b[3] === 0) return 'WMF';
  return null;
}

/** The XML of each picture that may name the same image twice: an `mc:AlternateContent`, a `a:blip` with extensions. */
const UNITS = /<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>|<a:blip\b[^>]*[^/]>[\s\S]*?<\/a:blip>/g;
const REFERENCES = /\br:(?:embed|id|link)="([^"]+)"/g;

/** A picture's other copy, and the alt text the file gives it. */
interface Fallback {
  bytes: Uint8Array;
  alt: string;
}

/** More pictures than this in one file are not looked at (a guard, not a limit anyone meets). */
const MAX_UNITS = 10_000;

/**
 * The pictures of a Word file kept in a format a browser cannot draw (EMF, WMF, TIFF) that the file
 * also holds in one it can: Word writes a picture twice in an `mc:AlternateContent` (mammoth reads
 * only its fallback, which may be the metafile) or as a `a:blip` with another picture in its
 * extension list. Keyed by the SHA-256 of the metafile's bytes, so the importer swaps it as mammoth
 * hands it over.
 */
export class PictureFallbacks {
  private constructor(private readonly byHash: Map<string, Fallback>) {}

  static async of(zip: VerifiedZip): Promise<PictureFallbacks> {
    const rels = relationships(zip.text('word/_rels/document.xml.rels'));
    const byHash = new Map<string, Fallback>();
    let units = 0;
    for (const unit of (zip.text('word/document.xml') ?? '').matchAll(UNITS)) {
      if (++units > MAX_UNITS) break;
      const parts = [...new Set([...unit[0].matchAll(REFERENCES)].map((m) => rels.get(m[1]!)))];
      const pictures = parts.flatMap((part) => {
        const bytes = part ? zip.files.get(part) : undefined;
        return bytes ? [bytes] : [];
      });
      const usable = pictures.find((bytes) => {
        const header = readImageHeader(bytes);
        return header.ok && header.header.type !== 'svg';
      });
      if (!usable) continue;
      // A VML fallback's alt text is not read by mammoth: the DrawingML picture's description stands in.
      const alt = decodeXml(/\sdescr="([^"]*)"/.exec(unit[0])?.[1] ?? '');
      for (const bytes of pictures) {
        if (!unshownFormat(bytes)) continue;
        const hash = await sha256Hex(bytes);
        if (!byHash.has(hash)) byHash.set(hash, { bytes: usable, alt });
      }
    }
    return new PictureFallbacks(byHash);
  }

  /** The picture to keep instead of these bytes (a metafile's PNG or JPEG twin), or null when there is none. */
  async instead(bytes: Uint8Array): Promise<Fallback | null> {
    if (!this.byHash.size || !unshownFormat(bytes)) return null;
    return this.byHash.get(await sha256Hex(bytes)) ?? null;
  }
}
