import { randomBytes } from '@noble/ciphers/utils.js';
import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';
import type { KeyRing } from '../sealed/epochKeys.ts';
import { OpenError } from '../sealed/openError.ts';
import { DEVICE_ID_BYTES, openRecord, sealRecord } from '../sealed/sealedRecord.ts';
import { ConcordFileError, MAX_FILE_BYTES, SEALED_FILE_VERSION } from './concordFile.ts';

/**
 * The `.concord` file of a document of a private workspace (docs/private-workspaces.md, Formats:
 * file): the clear file (concordFile.ts, title and images included) sealed as one record.
 *
 *   bytes 0-7   magic "CONCORD" + 0x00 (as every .concord file)
 *   bytes 8-9   format version 3 (uint16, big endian)
 *   bytes 10-13 header length H (uint32)
 *   H bytes     header, UTF-8 JSON: { docId, workspaceId } and nothing else
 *   the rest    a sealed record of kind `file`, room `file/<docId>`, under the workspace's key
 *
 * No checksum: the record is authenticated, and so is the header (the document id is the room,
 * the workspace id is in the key's derivation), so a file whose header names another document or
 * workspace does not open.
 */
const MAGIC = new Uint8Array([0x43, 0x4f, 0x4e, 0x43, 0x4f, 0x52, 0x44, 0x00]);
const MAX_HEADER_BYTES = 1024;
/** What sealing adds to the clear file, at most. */
const MAX_OVERHEAD = 14 + MAX_HEADER_BYTES + 128;

const SealedHeaderSchema = z.object({
  docId: z.string().regex(ID_PATTERN),
  workspaceId: z.string().regex(ID_PATTERN),
});
/** What a sealed file says about itself without its key. */
export type SealedFileHeader = z.infer<typeof SealedHeaderSchema>;

const fileRoom = (docId: string) => `file/${docId}`;

/** Whether `bytes` are a sealed `.concord` file (by magic and version; not yet validated). */
export function isSealedConcordFile(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 10 && MAGIC.every((b, i) => bytes[i] === b) && bytes[8] === 0 && bytes[9] === SEALED_FILE_VERSION
  );
}

/** Seals the clear `.concord` bytes of document `docId` under the ring's newest key. */
export function sealConcordFile(ring: KeyRing, docId: string, clear: Uint8Array): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify(SealedHeaderSchema.parse({ docId, workspaceId: ring.workspaceId })),
  );
  const record = sealRecord(
    ring,
    fileRoom(docId),
    { kind: 'file', device: randomBytes(DEVICE_ID_BYTES), counter: 0 },
    clear,
  );
  const out = new Uint8Array(14 + header.length + record.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC);
  view.setUint16(8, SEALED_FILE_VERSION);
  view.setUint32(10, header.length);
  out.set(header, 14);
  out.set(record, 14 + header.length);
  return out;
}

/** The header of a sealed file: which workspace's key opens it. A ConcordFileError when damaged. */
export function readSealedFileHeader(bytes: Uint8Array): SealedFileHeader & { recordAt: number } {
  if (!isSealedConcordFile(bytes)) throw new ConcordFileError('error.file.notConcord');
  if (bytes.length > MAX_FILE_BYTES + MAX_OVERHEAD) throw new ConcordFileError('error.file.tooLarge');
  if (bytes.length < 14) throw new ConcordFileError('error.file.truncatedHeader');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(10);
  if (length > MAX_HEADER_BYTES || 14 + length > bytes.length)
    throw new ConcordFileError('error.file.headerDoesNotFit');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(14, 14 + length));
    return { ...SealedHeaderSchema.parse(JSON.parse(text)), recordAt: 14 + length };
  } catch {
    throw new ConcordFileError('error.file.unreadableHeader');
  }
}

/**
 * Opens a sealed file with the keys this computer holds for its workspace (`keysFor`) and returns
 * the clear `.concord` bytes inside. A ConcordFileError, in words the person can act on, when no
 * key is held, the key is older than the file's, or the file was altered.
 */
export async function openSealedConcordFile(
  bytes: Uint8Array,
  keysFor: (workspaceId: string) => Promise<KeyRing | null>,
): Promise<Uint8Array> {
  const { docId, workspaceId, recordAt } = readSealedFileHeader(bytes);
  const ring = await keysFor(workspaceId);
  if (!ring) throw new ConcordFileError('error.file.sealedNoKey');
  try {
    const opened = openRecord(ring, fileRoom(docId), bytes.subarray(recordAt));
    if (opened.kind !== 'file') throw new OpenError('malformed', `a ${opened.kind} record in a file`);
    return opened.payload;
  } catch (err) {
    if (err instanceof OpenError && err.failure === 'unknown epoch')
      throw new ConcordFileError('error.file.sealedNewerKey');
    if (err instanceof OpenError) throw new ConcordFileError('error.file.sealedNotAuthentic');
    throw err;
  }
}
