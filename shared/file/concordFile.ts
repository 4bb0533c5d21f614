import * as Y from 'yjs';
import { z } from 'zod';
import { crc32 } from './crc32.ts';
import { blobEntries, FileBlobEntrySchema, MAX_FILE_BLOBS, mismatchedBlobs, readBlobSection } from './fileBlobs.ts';
import type { FileBlob } from './fileBlobs.ts';
import { LocalizedError } from '../i18n/LocalizedError.ts';

/**
 * The `.concord` file: a document's full Yjs state behind a small versioned header.
 *
 *   bytes 0-7   magic "CONCORD" + 0x00
 *   bytes 8-9   format version (uint16, big endian)
 *   bytes 10-13 header length H (uint32)
 *   H bytes     header, UTF-8 JSON (FileHeader)
 *   4 bytes     body length B (uint32)
 *   B bytes     Y.encodeStateAsUpdate of the document
 *   (version 2)  the bytes of each image the header's `blobs` lists, in its order and sizes
 *   4 bytes     CRC-32 of everything before it
 *
 * Version 2 adds the images (fileBlobs.ts); a document without images is still written as version 1,
 * which older Concord apps open, and version 1 files open as documents without embedded images.
 */
const FILE_MAGIC = new Uint8Array([0x43, 0x4f, 0x4e, 0x43, 0x4f, 0x52, 0x44, 0x00]);
/** The newest clear format version (version 3 is the encrypted file, read elsewhere). */
const FILE_FORMAT_VERSION = 2;
/** The format version of a private document's encrypted file (sealedConcordFile.ts). */
export const SEALED_FILE_VERSION = 3;
/** Files past this size are refused before parsing (a 400-page report with history is a few MB). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
const MAX_HEADER_BYTES = 512 * 1024;

const FileHeaderSchema = z.object({
  docId: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
  title: z.string().max(500),
  savedAt: z.string().max(64),
  app: z.string().max(64),
});
export type FileHeader = z.infer<typeof FileHeaderSchema>;

const StoredHeaderSchema = FileHeaderSchema.extend({
  blobs: z.array(FileBlobEntrySchema).max(MAX_FILE_BLOBS).optional(),
});

export interface ConcordFile {
  header: FileHeader;
  /** A Yjs update holding the document's full state. */
  update: Uint8Array;
  /** The images the document references (version 2 files; none in version 1). */
  blobs: FileBlob[];
}

/** Why a file could not be read, in words a user can act on (a catalogue message: `error.file.*`). */
export class ConcordFileError extends LocalizedError {
  override name = 'ConcordFileError';
}

/** Serialises a document state, and the images it references, into `.concord` bytes. */
export function encodeConcordFile(header: FileHeader, update: Uint8Array, blobs: readonly FileBlob[] = []): Uint8Array {
  const stored = { ...FileHeaderSchema.parse(header), ...(blobs.length ? { blobs: blobEntries(blobs) } : {}) };
  const headerBytes = new TextEncoder().encode(JSON.stringify(StoredHeaderSchema.parse(stored)));
  const blobBytes = blobs.reduce((n, b) => n + b.bytes.length, 0);
  const total = 8 + 2 + 4 + headerBytes.length + 4 + update.length + blobBytes + 4;
  if (total > MAX_FILE_BYTES) throw new ConcordFileError('error.file.tooLargeWithImages');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(FILE_MAGIC, 0);
  view.setUint16(8, blobs.length ? 2 : 1);
  view.setUint32(10, headerBytes.length);
  out.set(headerBytes, 14);
  let at = 14 + headerBytes.length;
  view.setUint32(at, update.length);
  out.set(update, at + 4);
  at += 4 + update.length;
  for (const blob of blobs) {
    out.set(blob.bytes, at);
    at += blob.bytes.length;
  }
  view.setUint32(at, crc32(out.subarray(0, at)));
  return out;
}

export interface DecodeOptions {
  /**
   * Leave out the check that the Yjs state applies to an empty document (a second Y.Doc, as costly
   * as opening the document: 47 ms of opening a 100-page file). Only for a caller that applies the
   * state with `applyFileState`, or checks it with `checkFileState`, before it keeps anything.
   */
  deferStateCheck?: boolean;
}

/**
 * Parses and fully validates `.concord` bytes, including (unless deferred) that the Yjs state
 * applies to an empty document. Throws ConcordFileError with a message for the user; never returns
 * partial data.
 */
export function decodeConcordFile(bytes: Uint8Array, options: DecodeOptions = {}): ConcordFile {
  if (bytes.length > MAX_FILE_BYTES) throw new ConcordFileError('error.file.tooLarge');
  if (bytes.length < 8 || !FILE_MAGIC.every((b, i) => bytes[i] === b))
    throw new ConcordFileError('error.file.notConcord');
  if (bytes.length < 14) throw new ConcordFileError('error.file.truncatedHeader');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(8);
  // An encrypted file opens only with its workspace's key (sealedConcordFile.ts), never here.
  if (version === SEALED_FILE_VERSION) throw new ConcordFileError('error.file.sealedNoKey');
  if (version > FILE_FORMAT_VERSION) {
    throw new ConcordFileError('error.file.newerVersion', { version });
  }
  if (version < 1) throw new ConcordFileError('error.file.unknownVersion', { version });
  const headerLength = view.getUint32(10);
  if (headerLength > MAX_HEADER_BYTES || 14 + headerLength + 4 > bytes.length) {
    throw new ConcordFileError('error.file.headerDoesNotFit');
  }
  const bodyAt = 14 + headerLength;
  const bodyLength = view.getUint32(bodyAt);
  const crcAt = bytes.length - 4;
  if (bodyAt + 4 + bodyLength > crcAt || (version === 1 && bodyAt + 4 + bodyLength !== crcAt)) {
    throw new ConcordFileError('error.file.lengthMismatch');
  }
  if (crc32(bytes.subarray(0, crcAt)) !== view.getUint32(crcAt)) {
    throw new ConcordFileError('error.file.checksum');
  }
  let stored: z.infer<typeof StoredHeaderSchema>;
  try {
    stored = StoredHeaderSchema.parse(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(14, bodyAt))),
    );
  } catch {
    throw new ConcordFileError('error.file.unreadableHeader');
  }
  const { blobs: entries = [], ...header } = stored;
  const update = bytes.slice(bodyAt + 4, bodyAt + 4 + bodyLength);
  const blobs = readBlobSection(bytes.subarray(bodyAt + 4 + bodyLength, crcAt), entries);
  if (!blobs) throw new ConcordFileError('error.file.imagesMismatch');
  if (!options.deferStateCheck) checkFileState(update);
  return { header, update, blobs };
}

/**
 * Decodes `.concord` bytes (decodeConcordFile) and checks that every embedded image is what its
 * name (SHA-256) says, so that nothing stored under a name can be other bytes.
 */
export async function readConcordFile(bytes: Uint8Array, options: DecodeOptions = {}): Promise<ConcordFile> {
  const file = decodeConcordFile(bytes, options);
  if ((await mismatchedBlobs(file.blobs)).length > 0) throw new ConcordFileError('error.file.imageChecksum');
  return file;
}

/**
 * Applies a file's state to `doc`, which must be empty for the check to mean anything: throws
 * ConcordFileError when the state cannot be decoded or refers to changes it does not hold (Yjs then
 * keeps them pending). The caller discards `doc` when it throws.
 */
export function applyFileState(doc: Y.Doc, update: Uint8Array, origin: unknown = 'file'): void {
  try {
    Y.applyUpdate(doc, update, origin);
  } catch {
    throw new ConcordFileError('error.file.unreadableState');
  }
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null)
    throw new ConcordFileError('error.file.unreadableState');
}

/** Throws ConcordFileError unless `update` applies cleanly to an empty Y.Doc (applyFileState on a probe). */
export function checkFileState(update: Uint8Array): void {
  const probe = new Y.Doc({ gc: false });
  try {
    applyFileState(probe, update, null);
  } finally {
    probe.destroy();
  }
}
