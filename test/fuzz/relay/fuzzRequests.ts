import fc from 'fast-check';

/** Ways to damage a valid token. */
export type TokenDamage =
  | { kind: 'valid' }
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'unsigned'; payload: string }
  | { kind: 'huge'; length: number }
  | { kind: 'swap' }
  | { kind: 'raw'; text: string };

export const tokenDamage: fc.Arbitrary<TokenDamage> = fc.oneof(
  fc.constant({ kind: 'valid' as const }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.constantFrom('A', '_', '-', '.', '=', '%', ' ', 'é'),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('unsigned' as const), payload: fc.json() }),
  fc.record({ kind: fc.constant('huge' as const), length: fc.constantFrom(4097, 20_000, 60_000) }),
  fc.constant({ kind: 'swap' as const }),
  fc.record({ kind: fc.constant('raw' as const), text: fc.string({ maxLength: 80 }) }),
);

/** A valid token damaged as `d` says. */
export function damageToken(token: string, d: TokenDamage): string {
  const at = 'at' in d ? d.at % (token.length + 1) : 0;
  switch (d.kind) {
    case 'valid':
      return token;
    case 'flip':
      return token.slice(0, at) + d.char + token.slice(at + 1);
    case 'truncate':
      return token.slice(0, at);
    case 'unsigned':
      return `${Buffer.from(d.payload).toString('base64url')}.`;
    case 'huge':
      return token.padEnd(d.length, 'A');
    case 'swap':
      return token.split('.').reverse().join('.');
    case 'raw':
      return d.text;
  }
}

/** Request paths and queries for the upgrade: valid rooms, traversal, encodings, huge and odd ones. */
export const requestPath = fc
  .tuple(
    fc.constantFrom(
      '/sync/',
      '/sync',
      '/',
      '/sync//',
      '/SYNC/',
      '/sync/../sync/',
      '//sync/',
      '/healthz/',
      '/sync/%2e%2e/',
    ),
    fc.array(
      fc.oneof(
        fc.constantFrom('ws-fuzz', 'doc-fuzz', '..', '.', '%00', '%2F', '%zz', '', '😀', 'a'.repeat(200), 'ws fuzz'),
        fc.string({ maxLength: 20 }),
      ),
      { maxLength: 4 },
    ),
    fc.array(fc.tuple(fc.constantFrom('token', 'ack', 'token[]', 'x', ''), fc.string({ maxLength: 20 })), {
      maxLength: 3,
    }),
  )
  .map(([prefix, segments, query]) => {
    const q = query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    return `${prefix}${segments.join('/')}${q ? `?${q}` : ''}`;
  });
