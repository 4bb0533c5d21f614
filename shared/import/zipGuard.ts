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
 * Reads the end record and refuses one that does not add up: a multi-disk archive, an entry count
 * that differs from the count on this disk, a directory that does not end exactly where the end
 * record starts (a reader such as JSZip takes the difference for prepended data and reads another
 * directory than this guard), or bytes after its comment.
 */
function readEndRecord(bytes: Uint8Array): { end: number; count: number; dirSize: number; dirOffset: number } {
  const end = findEndOfDirectory(bytes);
  const count = u16(bytes, end + 10);
  const dirSize = u32(bytes, end + 12);
  const dirOffset = u32(bytes, end + 16);
  const zip64Locator = end >= 20 && u32(bytes, end - 20) === 0x07064b50;
  if (count === 0xffff || dirOffset === 0xffffffff || zip64Locator) throw new ImportError('error.import.zip64');
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0 || u16(bytes, end + 8) !== count) throw damaged();
  if (dirOffset + dirSize !== end || end + 22 + u16(bytes, end + 20) !== bytes.length) throw damaged();
  return { end, count, dirSize, dirOffset };
}

/**
 * Reads the zip's central directory and checks every entry's declared sizes, count and compression
 * ratio before a single byte is inflated. Throws ImportError for bombs, encryption and damage.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const { end, count, dirOffset } = readEndRecord(bytes);
  if (count > ZIP_LIMITS.entries) throw new ImportError('error.import.tooManyParts', { count });
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
  // The entries fill the directory exactly: nothing hides between the last one and the end record.
  if (at !== end) throw damaged();
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
