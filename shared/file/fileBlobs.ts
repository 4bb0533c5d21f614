import { z } from 'zod';
import { BLOB_HASH_PATTERN, sha256Hex } from '../images/blobHash.ts';
import { checkImageBytes } from '../images/imageLimits.ts';
import { STORED_IMAGE_TYPES } from '../schema/image.ts';
import type { StoredImageType } from '../schema/image.ts';

/** An image a `.concord` file carries: its bytes, named by their SHA-256, and its format. */
export interface FileBlob {
  hash: string;
  type: StoredImageType;
  bytes: Uint8Array;
}

/** How the header lists the blobs that follow the document state, in order. */
export const FileBlobEntrySchema = z.object({
  sha256: z.string().regex(BLOB_HASH_PATTERN),
  type: z.enum(STORED_IMAGE_TYPES),
  size: z
    .number()
    .int()
    .min(1)
    .max(100 * 1024 * 1024),
});
export type FileBlobEntry = z.infer<typeof FileBlobEntrySchema>;

/** Most blobs one file may carry (its header lists each). */
export const MAX_FILE_BLOBS = 2000;

/** The header's list of `blobs`, in the order their bytes are written. */
export function blobEntries(blobs: readonly FileBlob[]): FileBlobEntry[] {
  return blobs.map((b) => ({ sha256: b.hash, type: b.type, size: b.bytes.length }));
}

/**
 * The blobs whose bytes follow the document state, cut by the sizes the header lists, each
 * checked to be the image its entry says (format by magic number, pixel limits). Returns null
 * when the sizes do not add up to the section's length.
 */
export function readBlobSection(section: Uint8Array, entries: readonly FileBlobEntry[]): FileBlob[] | null {
  const out: FileBlob[] = [];
  let at = 0;
  for (const entry of entries) {
    if (at + entry.size > section.length) return null;
    const bytes = section.slice(at, at + entry.size);
    at += entry.size;
    const check = checkImageBytes(bytes, { maxBytes: 100 * 1024 * 1024, maxPixels: 8192 * 8192, maxSide: 16384 });
    if (!check.ok || check.header.type !== entry.type) return null;
    out.push({ hash: entry.sha256, type: entry.type, bytes });
  }
  return at === section.length ? out : null;
}

/** The blobs whose bytes are not what their name says (a file edited by hand, or damaged and re-checksummed). */
export async function mismatchedBlobs(blobs: readonly FileBlob[]): Promise<string[]> {
  const bad: string[] = [];
  for (const blob of blobs) if ((await sha256Hex(blob.bytes)) !== blob.hash) bad.push(blob.hash);
  return bad;
}
