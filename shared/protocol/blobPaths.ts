import { ID_PATTERN } from '../ids.ts';
import { isBlobHash } from '../images/blobHash.ts';

/**
 * Path prefix of the relay's image blobs: `<relay>/blobs/<workspaceId>/<sha256>` (GET, HEAD, PUT),
 * and a private workspace's sealed images at `<relay>/blobs/<workspaceId>/sealed/<address>`.
 */
export const BLOBS_PATH = '/blobs';

/** Path segment before a sealed blob's address: a namespace of its own, so an address is never taken for a hash. */
const SEALED_SEGMENT = 'sealed';

/** A blob's address on a relay. */
export interface BlobAddress {
  workspaceId: string;
  /** The SHA-256 of the bytes, or for a sealed blob its opaque address (docs/private-workspaces.md). */
  hash: string;
  /** A private workspace's sealed image: the relay cannot check the bytes against their name. */
  sealed: boolean;
}

/** Parses `/blobs/<workspaceId>/<sha256>` or `/blobs/<workspaceId>/sealed/<address>`; null when it is anything else. */
export function parseBlobPath(pathname: string): BlobAddress | null {
  if (!pathname.startsWith(BLOBS_PATH + '/')) return null;
  const [workspaceId, ...rest] = pathname.slice(BLOBS_PATH.length + 1).split('/');
  if (!workspaceId || !ID_PATTERN.test(workspaceId)) return null;
  const sealed = rest.length === 2 && rest[0] === SEALED_SEGMENT;
  const hash = sealed ? rest[1] : rest.length === 1 ? rest[0] : undefined;
  return isBlobHash(hash) ? { workspaceId, hash, sealed } : null;
}

/** The name a blob is kept under in the relay's store: sealed ones apart from those named by their hash. */
export function storedBlobName({ hash, sealed }: Pick<BlobAddress, 'hash' | 'sealed'>): string {
  return sealed ? `${SEALED_SEGMENT}/${hash}` : hash;
}

/**
 * The HTTP(S) address of a blob on the relay whose WebSocket address is `relayUrl` (ws:// or
 * wss://); `name` is a hash, or `storedBlobName` of a sealed address.
 */
export function blobUrl(relayUrl: string, workspaceId: string, name: string): string {
  const base = relayUrl.replace(/^ws(s?):\/\//i, 'http$1://').replace(/\/+$/, '');
  return `${base}${BLOBS_PATH}/${workspaceId}/${name}`;
}
