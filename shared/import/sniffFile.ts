/** What a file's first bytes say it is, whatever its name claims. */
export type FileKind = 'zip' | 'ole' | 'pdf' | 'rtf' | 'concord' | 'unknown';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Identifies a file by its magic number. */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  // Compound File Binary: Word 97-2003 files, and every password-protected Office file (encrypted package).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  if (startsWith(bytes, [0x43, 0x4f, 0x4e, 0x43, 0x4f, 0x52, 0x44, 0x00])) return 'concord';
  return 'unknown';
}
