import { Inflate } from 'fflate';
import { ImportError } from './importTypes.ts';

/** Limits a Word file must stay within before anything inflates it. */
const ZIP_LIMITS = {
  entries: 5000,
  entryBytes: 64 * 1024 * 1024,
  totalBytes: 256 * 1024 * 1024,
  /** Word's XML compresses 5-30 times; a bomb compresses hundreds or thousands of times. */
  ratio: 200,
  ratioAbove: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const damaged = () => new ImportError('error.import.damagedZip');

function findEndOfDirectory(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (u32(bytes, at) === 0x06054b50) return at;
  }
  throw damaged();
}

/**
 * Reads the zip's central directory and checks every entry's declared sizes, count and compression
 * ratio before a single byte is inflated. Throws ImportError for bombs, encryption and damage.
 */
function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const end = findEndOfDirectory(bytes);
  const count = u16(bytes, end + 10);
  const dirSize = u32(bytes, end + 12);
  const dirOffset = u32(bytes, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ImportError('error.import.zip64');
  if (count > ZIP_LIMITS.entries) throw new ImportError('error.import.tooManyParts', { count });
  if (dirOffset + dirSize > end) throw damaged();
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) throw damaged();
    const flags = u16(bytes, at + 8);
    const entry: ZipEntry = {
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + u16(bytes, at + 28))),
    };
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (flags & 1) throw new ImportError('error.import.encrypted');
    if (entry.method !== 0 && entry.method !== 8) throw new ImportError('error.import.compression');
    total += entry.size;
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (
      entry.size > ZIP_LIMITS.entryBytes ||
      total > ZIP_LIMITS.totalBytes ||
      (entry.size > ZIP_LIMITS.ratioAbove && ratio > ZIP_LIMITS.ratio)
    ) {
      throw new ImportError('error.import.zipBomb');
    }
    entries.push(entry);
  }
  return entries;
}

/** Inflates one entry, stopping as soon as it produces more than it declared (a lying header). */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw damaged();
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw damaged();
  if (entry.method === 0) return data;
  const out = new Uint8Array(entry.size);
  let filled = 0;
  const inflate = new Inflate();
  inflate.ondata = (chunk) => {
    if (filled + chunk.length > entry.size) throw new ImportError('error.import.lyingZip');
    out.set(chunk, filled);
    filled += chunk.length;
  };
  try {
    for (let i = 0; i < data.length; i += 65536) inflate.push(data.subarray(i, i + 65536), i + 65536 >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw damaged();
  }
  if (filled !== entry.size) throw damaged();
  return out;
}

/**
 * Checks the whole archive (directory limits, then every entry inflated within its declared size)
 * and returns the text of the entries named in `keep`.
 */
export function checkZip(
  bytes: Uint8Array,
  keep: readonly string[],
): { entries: ZipEntry[]; texts: Map<string, string> } {
  const entries = readZipDirectory(bytes);
  const texts = new Map<string, string>();
  for (const entry of entries) {
    const data = inflateEntry(bytes, entry);
    if (keep.includes(entry.name)) texts.set(entry.name, new TextDecoder().decode(data));
  }
  return { entries, texts };
}
