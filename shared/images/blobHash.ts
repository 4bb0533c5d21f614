/** A blob's name: the SHA-256 of its bytes as 64 lower-case hex digits. */
export const BLOB_HASH_PATTERN = /^[0-9a-f]{64}$/;

/** Whether `value` is a blob name. */
export function isBlobHash(value: unknown): value is string {
  return typeof value === 'string' && BLOB_HASH_PATTERN.test(value);
}

/** The SHA-256 of `bytes` as hex (WebCrypto: the same in browsers and Node 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}
