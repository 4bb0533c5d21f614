import { ID_PATTERN } from '../ids.ts';
import { isBlobHash } from '../images/blobHash.ts';

/** Path prefix of the relay's image blobs: `<relay>/blobs/<workspaceId>/<sha256>` (GET, HEAD, PUT). */
export const BLOBS_PATH = '/blobs';

/** A blob's address on a relay. */
export interface BlobAddress {
  workspaceId: string;
  hash: string;
}

/** Parses `/blobs/<workspaceId>/<sha256>`; null when it is anything else. */
export function parseBlobPath(pathname: string): BlobAddress | null {
  if (!pathname.startsWith(BLOBS_PATH + '/')) return null;
  const [workspaceId, hash, ...rest] = pathname.slice(BLOBS_PATH.length + 1).split('/');
  if (!workspaceId || !ID_PATTERN.test(workspaceId) || !isBlobHash(hash) || rest.length > 0) return null;
  return { workspaceId, hash };
}

/** The HTTP(S) address of a blob on the relay whose WebSocket address is `relayUrl` (ws:// or wss://). */
export function blobUrl(relayUrl: string, workspaceId: string, hash: string): string {
  const base = relayUrl.replace(/^ws(s?):\/\//i, 'http$1://').replace(/\/+$/, '');
  return `${base}${BLOBS_PATH}/${workspaceId}/${hash}`;
}
