import { zipSync } from 'fflate';
import { ImportError } from './importTypes.ts';
import { inflateEntry, readZipDirectory } from './zipGuard.ts';
import type { ZipEntry } from './zipGuard.ts';

/** A zip checked entry by entry: its directory, and every file inflated within its declared size. */
export interface VerifiedZip {
  entries: ZipEntry[];
  /** Every file (not folders) by name, as checked. */
  files: Map<string, Uint8Array>;
  /** A file's text (UTF-8), or undefined when there is no such file. */
  text(name: string): string | undefined;
}

/**
 * Checks the whole archive (end record and directory limits, then every entry inflated within its
 * declared size) and keeps what it inflated. Two entries with one name are refused: readers
 * differ on which one counts.
 */
export function checkZip(bytes: Uint8Array): VerifiedZip {
  const entries = readZipDirectory(bytes);
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const data = inflateEntry(bytes, entry);
    if (entry.name.endsWith('/')) continue;
    if (files.has(entry.name)) throw new ImportError('error.import.duplicatePart');
    files.set(entry.name, data);
  }
  const decoder = new TextDecoder();
  const texts = new Map<string, string>();
  const text = (name: string) => {
    const data = files.get(name);
    if (data && !texts.has(name)) texts.set(name, decoder.decode(data));
    return texts.get(name);
  };
  return { entries, files, text };
}

/**
 * A new zip (stored, not compressed) holding exactly `files`: what a parser is given, so that it
 * reads only what the guard checked, whatever else the original bytes hold.
 */
export function rebuildZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(files), { level: 0 });
}
