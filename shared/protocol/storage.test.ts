import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MESSAGE_STORAGE } from './messages.ts';
import { encodeStorageMessage, readStoragePayload } from './storage.ts';

/** Reads a storage frame as the app's message handler does: the type, then the payload. */
function read(frame: Uint8Array): boolean | null {
  const decoder = decoding.createDecoder(frame);
  expect(decoding.readVarUint(decoder)).toBe(MESSAGE_STORAGE);
  return readStoragePayload(decoder);
}

describe('storage message', () => {
  it('says whether the relay can save', () => {
    expect(read(encodeStorageMessage(true))).toBe(true);
    expect(read(encodeStorageMessage(false))).toBe(false);
  });

  it('ignores a state a newer relay may send, and throws on a truncated frame', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_STORAGE);
    encoding.writeVarUint(encoder, 7);
    expect(read(encoding.toUint8Array(encoder))).toBeNull();
    expect(() => read(Uint8Array.of(MESSAGE_STORAGE))).toThrow();
  });
});
