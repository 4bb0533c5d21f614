import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  loadOrCreateSigningKey,
  loadSharedSigningKeys,
  newSigningKeyHex,
  parseSigningKeys,
  SIGNING_KEY_FILE,
} from './signingKey.ts';
import { signToken, verifyToken } from './token.ts';
import type { TokenPayload } from '../../shared/protocol/tokenPayload.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-keys-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const now = Math.floor(Date.now() / 1000);
const payload: TokenPayload = {
  v: 1,
  id: 'token-rotate',
  ws: 'ws-coalition',
  role: 'editor',
  iat: now,
  exp: now + 3600,
};

describe('signing keys and rotation', () => {
  it('reads several keys, newest first: the first signs, all verify', () => {
    const [oldHex, newHex] = [newSigningKeyHex(), newSigningKeyHex()];
    const before = parseSigningKeys(oldHex, 'test');
    const during = parseSigningKeys(
      `# rotated today\n${newHex}\n${oldHex}  # until the old invitations expire\n`,
      'test',
    );
    const after = parseSigningKeys(newHex, 'test');
    const oldToken = signToken(before.key, payload);
    expect(during.key.equals(Buffer.from(newHex, 'hex'))).toBe(true);
    expect(verifyToken(during.keys, oldToken)).toEqual(payload);
    expect(verifyToken(during.keys, signToken(during.key, payload))).toEqual(payload);
    expect(verifyToken(after.keys, oldToken)).toBeNull();
    expect(() => parseSigningKeys('not-a-key', 'test')).toThrow(/not a signing key/);
    expect(() => parseSigningKeys('', 'test')).toThrow(/not a signing key/);
  });

  it('takes the shared key from a file or the environment value, else none', () => {
    const hex = newSigningKeyHex();
    const file = path.join(dir, 'shared.key');
    fs.writeFileSync(file, `${hex}\n`);
    expect(loadSharedSigningKeys({ signingKeyFile: file, signingKey: '' })?.key.toString('hex')).toBe(hex);
    expect(loadSharedSigningKeys({ signingKeyFile: '', signingKey: hex })?.key.toString('hex')).toBe(hex);
    expect(loadSharedSigningKeys({ signingKeyFile: '', signingKey: '' })).toBeNull();
  });

  it('accepts a rotated signing.key in the data folder too', () => {
    const first = loadOrCreateSigningKey(dir);
    const file = path.join(dir, SIGNING_KEY_FILE);
    fs.writeFileSync(file, `${newSigningKeyHex()}\n${first.key.toString('hex')}\n`, { mode: 0o600 });
    const rotated = loadOrCreateSigningKey(dir);
    expect(rotated.keys).toHaveLength(2);
    expect(verifyToken(rotated.keys, signToken(first.key, payload))).toEqual(payload);
  });
});
