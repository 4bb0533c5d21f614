import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 as lib0ToBase64 } from 'lib0/buffer';
import { toBase64 } from './base64.ts';

describe('toBase64', () => {
  it('writes what lib0 writes and reads back, across slice boundaries and for every byte value', () => {
    for (const length of [0, 1, 2, 3, 255, 0x8000 - 1, 0x8000, 0x8000 + 1, 3 * 0x8000 + 7]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 7919 + (i >> 8)) & 255);
      const encoded = toBase64(bytes);
      expect(encoded).toBe(lib0ToBase64(bytes));
      expect(fromBase64(encoded)).toEqual(bytes);
    }
  });

  it('encodes a view into a larger buffer by its own bytes only', () => {
    const buffer = Uint8Array.from({ length: 64 }, (_, i) => i);
    expect(fromBase64(toBase64(buffer.subarray(10, 20)))).toEqual(buffer.slice(10, 20));
  });
});
