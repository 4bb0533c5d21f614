import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { keepPrivate, privateFolder, unwritable } from '../storage/privateFiles.ts';

/** File name of the token signing key inside the data folder. */
export const SIGNING_KEY_FILE = 'signing.key';

/**
 * The relay's HMAC keys: `key` signs new tokens; every key in `keys` (`key` first) is accepted when
 * verifying, so a key can be rotated without invalidating the tokens signed with the previous one.
 */
export interface SigningKeys {
  key: Buffer;
  keys: Buffer[];
}

/**
 * Parses key material: one key per line (or separated by spaces or commas), each at least 64 hex
 * digits; `#` starts a comment. The first key signs, all verify.
 */
export function parseSigningKeys(text: string, source: string): SigningKeys {
  const words = text
    .split('\n')
    .map((line) => line.replace(/#.*$/, ''))
    .join(' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length === 0 || words.some((w) => !/^[0-9a-fA-F]{64,}$/.test(w) || w.length % 2 !== 0)) {
    throw new Error(
      `${source} is not a signing key (expected one or more keys of at least 64 hex digits, newest first)`,
    );
  }
  const keys = words.map((w) => Buffer.from(w, 'hex'));
  return { key: keys[0]!, keys };
}

/**
 * Reads the relay's HMAC signing key from `dataDir`, creating a random one (mode 0600) when there is
 * none. `created` tells the caller that tokens issued before (with another key) are now invalid.
 */
export function loadOrCreateSigningKey(dataDir: string): SigningKeys & { created: boolean } {
  const file = path.join(privateFolder(dataDir), SIGNING_KEY_FILE);
  let created = false;
  try {
    // 'wx' fails when the file exists, so two processes starting at once cannot both write a key.
    fs.writeFileSync(file, newSigningKeyHex() + '\n', { mode: 0o600, flag: 'wx' });
    created = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw unwritable(dataDir, err);
  }
  const keys = parseSigningKeys(fs.readFileSync(file, 'utf8'), file);
  keepPrivate(file);
  return { ...keys, created };
}

/** A fresh random key as hex (what `signing.key` holds). */
export function newSigningKeyHex(): string {
  return crypto.randomBytes(32).toString('hex');
}

/** Where a shared key comes from: a file (--signing-key-file), else the value itself (CONCORD_RELAY_SIGNING_KEY). */
export interface SharedKeySource {
  signingKeyFile: string;
  signingKey: string;
}

/** The configured shared key(s), or null when none is configured (then the data folder's key is used). */
export function loadSharedSigningKeys(source: SharedKeySource): SigningKeys | null {
  if (source.signingKeyFile)
    return parseSigningKeys(fs.readFileSync(source.signingKeyFile, 'utf8'), source.signingKeyFile);
  if (source.signingKey) return parseSigningKeys(source.signingKey, 'CONCORD_RELAY_SIGNING_KEY');
  return null;
}
