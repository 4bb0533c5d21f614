import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** File name of the token signing key inside the data folder. */
export const SIGNING_KEY_FILE = 'signing.key';

/**
 * Reads the relay's HMAC signing key from `dataDir`, creating a random one (mode 0600) when there is
 * none. `created` tells the caller that tokens issued before (with another key) are now invalid.
 */
export function loadOrCreateSigningKey(dataDir: string): { key: Buffer; created: boolean } {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, SIGNING_KEY_FILE);
  let created = false;
  try {
    // 'wx' fails when the file exists, so two processes starting at once cannot both write a key.
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    created = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64,}$/.test(text)) throw new Error(`${file} is not a signing key (expected at least 64 hex digits)`);
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  return { key: Buffer.from(text, 'hex'), created };
}
