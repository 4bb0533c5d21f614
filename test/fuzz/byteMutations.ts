import fc from 'fast-check';

/** One change to a byte string: the damage a disk, a download or a hostile sender can do. */
export type ByteMutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set32'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number };

/** Declared lengths that break naive readers: zero, one past, the largest values of each width. */
export const HOSTILE_U32 = fc.oneof(
  fc.constantFrom(0, 1, 0x7f, 0xff, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff),
  fc.nat(),
);

/** Any ByteMutation; positions are taken modulo the length of what they apply to. */
export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set32' as const), at: fc.nat(), value: HOSTILE_U32 }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
);

/** Writes a big-endian (or little-endian) uint32 at `at` of a copy of `bytes`, when it fits. */
export function setUint32(bytes: Uint8Array, at: number, value: number, littleEndian = false): Uint8Array {
  const out = bytes.slice();
  if (at >= 0 && at + 4 <= out.length) new DataView(out.buffer).setUint32(at, value >>> 0, littleEndian);
  return out;
}

/** Applies `mutations` in order to a copy of `bytes`. */
export function mutateBytes(bytes: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array {
  let out: Uint8Array = bytes.slice();
  for (const m of mutations) {
    const at = out.length ? m.at % (out.length + 1) : 0;
    if (m.kind === 'truncate') out = out.slice(0, at);
    else if (m.kind === 'flip' && at < out.length) out[at]! ^= 1 << m.bit;
    else if (m.kind === 'set32') out = setUint32(out, at, m.value, (m.at & 1) === 1);
    else if (m.kind === 'insert') out = Uint8Array.from([...out.subarray(0, at), ...m.bytes, ...out.subarray(at)]);
    else if (m.kind === 'delete') out = Uint8Array.from([...out.subarray(0, at), ...out.subarray(at + m.length)]);
  }
  return out;
}

/** A short description of mutations, for the report. */
export function describeMutations(mutations: readonly ByteMutation[]): string {
  return mutations.map((m) => `${m.kind}@${m.at}${m.kind === 'set32' ? `=${m.value}` : ''}`).join(' ') || 'none';
}
