import { blobUrl } from '../../../shared/protocol/blobPaths.ts';
import type { LocalBlobStore } from './localBlobStore.ts';

/** Where the workspace's relay is and the member's token for it. */
export interface BlobRelay {
  url: string;
  token: string;
}

/** Longest wait between two attempts. */
export const MAX_BACKOFF_MS = 15_000;

/** One HTTP request for a blob of the workspace (`name`: a BlobCodec's), with the member's token. */
export function blobRequest(
  store: LocalBlobStore,
  relay: BlobRelay,
  method: string,
  name: string,
  body?: Uint8Array,
): Promise<Response> {
  return fetch(blobUrl(relay.url, store.workspaceId, name), {
    method,
    headers: { authorization: `Bearer ${relay.token}` },
    body: body as Uint8Array<ArrayBuffer> | undefined,
    credentials: 'omit',
    cache: 'no-store',
  });
}
