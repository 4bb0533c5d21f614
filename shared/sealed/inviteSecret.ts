import * as buffer from 'lib0/buffer';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { z } from 'zod';
import { KEY_BYTES } from './epochKeys.ts';
import type { EpochKey } from './epochKeys.ts';

const SECRET_VERSION = 1;
/** Name of the fragment parameter carrying the secret (`#…&key=<secret>`). */
const KEY_FRAGMENT_PARAM = 'key';

/** base64url, no padding; bounded so a pasted link cannot make us decode megabytes. */
const secretText = z
  .string()
  .min(4, 'truncated')
  .max(128, 'too long')
  .regex(/^[A-Za-z0-9_-]+$/, 'not base64url');

/** The secret an invitation link carries in its fragment: the current epoch and its key. */
export function formatInviteSecret({ epoch, key }: EpochKey): string {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, SECRET_VERSION);
  encoding.writeVarUint(encoder, epoch);
  encoding.writeUint8Array(encoder, key);
  return buffer.toBase64UrlEncoded(encoding.toUint8Array(encoder));
}

/** Reads a secret made by formatInviteSecret; throws an Error saying what is wrong. */
export function parseInviteSecret(text: string): EpochKey {
  const parsed = secretText.safeParse(text);
  if (!parsed.success) throw new Error(`invalid workspace secret: ${parsed.error.issues[0]?.message ?? 'malformed'}`);
  try {
    const bytes = buffer.fromBase64UrlEncoded(parsed.data);
    const decoder = decoding.createDecoder(bytes);
    const version = decoding.readUint8(decoder);
    if (version !== SECRET_VERSION) throw new Error(`version ${version} (made by a newer Concord?)`);
    const epoch = decoding.readVarUint(decoder);
    const key = decoding.readUint8Array(decoder, KEY_BYTES);
    if (decoding.hasContent(decoder)) throw new Error('trailing bytes');
    if (!Number.isSafeInteger(epoch)) throw new Error('epoch out of range');
    return { epoch, key: new Uint8Array(key) };
  } catch (err) {
    throw new Error(`invalid workspace secret: ${err instanceof Error ? err.message : 'truncated'}`);
  }
}

/**
 * Adds the workspace secret to an invitation link, in its fragment (never sent to a server):
 * `concord://join?…#key=<secret>` or `https://relay/#join=<token>&key=<secret>`.
 */
export function addSecretToLink(link: string, key: EpochKey): string {
  const param = `${KEY_FRAGMENT_PARAM}=${formatInviteSecret(key)}`;
  return link.includes('#') ? `${link}&${param}` : `${link}#${param}`;
}

/** The secret in a link's fragment; null when there is none (a bare token); throws when it is malformed. */
export function readSecretFromLink(link: string): EpochKey | null {
  const hashAt = link.indexOf('#');
  if (hashAt < 0) return null;
  const text = new URLSearchParams(link.slice(hashAt + 1)).get(KEY_FRAGMENT_PARAM);
  return text === null ? null : parseInviteSecret(text);
}
