import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBlobPath, BLOBS_PATH, storedBlobName } from '../../../shared/protocol/blobPaths.ts';
import { CLOSE_FORBIDDEN } from '../../../shared/protocol/closeCodes.ts';
import { checkImageBytes, DEFAULT_IMAGE_LIMITS } from '../../../shared/images/imageLimits.ts';
import { STORED_IMAGE_TYPES } from '../../../shared/images/imageFormat.ts';
import { SEALED_BLOB_OVERHEAD } from '../../../shared/sealed/sealedBlob.ts';
import { readRecordHeader } from '../../../shared/sealed/sealedRecord.ts';
import { may } from '../../../shared/roles/permissions.ts';
import type { Authenticator } from '../../auth/authenticator.ts';
import type { BlobStore } from '../../storage/blobStore.ts';
import type { Log } from '../log.ts';
import { ByteBudget } from './byteBudget.ts';
import { readBody } from './readBody.ts';
import { answer, corsHeaders, BLOB_HEADERS } from './blobResponses.ts';

/** What the blob route needs: storage, the relay's token checks and origin policy, its limits. */
export interface BlobRouteOptions {
  store: BlobStore;
  authenticator: Authenticator;
  originAllowed(req: IncomingMessage): boolean;
  maxBlobBytes: number;
  maxWorkspaceBlobBytes: number;
  maxBlobTransferBytes: number;
  /** Whether an owner made the workspace private: its images are sealed from then on (docs/private-workspaces.md). */
  isPrivate(workspaceId: string): Promise<boolean>;
  log: Log;
}

/** The bearer token of a request, or null. */
function bearer(req: IncomingMessage): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m ? m[1]! : null;
}

/**
 * `GET | HEAD | PUT /blobs/<workspaceId>/<sha256>`: a workspace's images, by the SHA-256 of their
 * bytes, with the relay's own tokens (`Authorization: Bearer`) and roles: every member reads, only
 * editors and owners write (the member's current role). An upload declares its length (at most --max-blob), is read into memory counted
 * against --max-blob-transfers, must hash to its name and be a PNG, JPEG or GIF within the pixel
 * limits, and fits the workspace's --max-workspace-blobs; it is stored once, however many
 * documents show it. A private workspace's images (`/blobs/<ws>/sealed/<address>`) are sealed
 * records under an address the relay cannot check (docs/private-workspaces.md): they must be a
 * sealed blob's header within --max-blob plus the sealing, are kept apart from the hashed names
 * and written once (a second upload to an address is answered 'exists' and changes nothing). Once an
 * owner made the workspace private, its plain names are answered 410 for every method.
 * Returns a handler that answers (and returns true for) every /blobs/ request.
 */
export function blobRoute(o: BlobRouteOptions) {
  const transfers = new ByteBudget(o.maxBlobTransferBytes);
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (pathname !== BLOBS_PATH && !pathname.startsWith(BLOBS_PATH + '/')) return false;
    void handle(req, res, pathname).catch((err: unknown) => {
      o.log(`blob request failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) answer(res, 503, 'relay storage failure');
      else res.destroy();
    });
    return true;
  };

  async function handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    // A page elsewhere that holds a member's token gets nothing, exactly as on the WebSocket.
    if (!o.originAllowed(req)) return answer(res, 403, 'this web page may not use the relay (origin not allowed)');
    for (const [name, value] of Object.entries(corsHeaders(req))) if (value !== undefined) res.setHeader(name, value);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const address = parseBlobPath(pathname);
    if (!address)
      return answer(res, 404, 'expected /blobs/<workspaceId>/<sha256> or /blobs/<workspaceId>/sealed/<address>');
    if (!['GET', 'HEAD', 'PUT'].includes(req.method ?? ''))
      return answer(res, 405, 'use GET, HEAD or PUT', { allow: 'GET, HEAD, PUT, OPTIONS' });
    const auth = await o.authenticator.check(bearer(req), address.workspaceId);
    if (!auth.ok)
      return answer(res, auth.code === CLOSE_FORBIDDEN ? 403 : 401, auth.reason, { 'www-authenticate': 'Bearer' });
    const ws = address.workspaceId;
    if (!address.sealed && (await o.isPrivate(ws)))
      return answer(
        res,
        410,
        'this workspace is private now: its images are sealed (the relay deleted the plain ones)',
      );
    const hash = storedBlobName(address);
    if (req.method !== 'PUT') {
      const size = await o.store.size(ws, hash);
      if (size === null) return answer(res, 404, 'no such image on this relay (yet)');
      if (req.method === 'HEAD') return void res.writeHead(200, { ...BLOB_HEADERS, 'content-length': size }).end();
      if (!transfers.tryTake(size)) return answer(res, 503, 'the relay is busy; try again', { 'retry-after': '2' });
      res.once('close', () => transfers.release(size));
      const bytes = await o.store.get(ws, hash);
      if (!bytes) return answer(res, 404, 'no such image on this relay (yet)');
      const etag = `"${address.hash}"`;
      return void res.writeHead(200, { ...BLOB_HEADERS, 'content-length': bytes.length, etag }).end(bytes);
    }
    // The member's role now (an owner may have changed it since the token was issued), by the app's rule.
    if (!may(auth.role, 'edit-text')) return answer(res, 403, `a ${auth.role} cannot add images to the workspace`);
    const length = Number(req.headers['content-length']);
    if (!req.headers['content-length'] || !Number.isSafeInteger(length) || length < 1)
      return answer(res, 411, 'an upload must declare its length');
    const maxBytes = o.maxBlobBytes + (address.sealed ? SEALED_BLOB_OVERHEAD : 0);
    if (length > maxBytes) return answer(res, 413, `images may be at most ${o.maxBlobBytes} bytes`);
    if (!transfers.tryTake(length)) return answer(res, 503, 'the relay is busy; try again', { 'retry-after': '2' });
    try {
      const body = await readBody(req, length);
      if (!body) return answer(res, 400, 'the upload did not carry the length it declared');
      const refusal = address.sealed ? sealedRefusal(body.bytes) : plainRefusal(body, address.hash, o.maxBlobBytes);
      if (refusal) return answer(res, refusal.status, refusal.text);
      const outcome = await o.store.put(ws, hash, body.bytes, o.maxWorkspaceBlobBytes);
      if (outcome === 'quota') {
        o.log(`workspace ${ws} is at its image quota (--max-workspace-blobs ${o.maxWorkspaceBlobBytes})`);
        return answer(res, 507, "the workspace's images have reached the relay's limit");
      }
      return answer(res, outcome === 'stored' ? 201 : 200, outcome);
    } finally {
      transfers.release(length);
    }
  }
}

type Refusal = { status: number; text: string } | null;

/** Why an image of an ordinary workspace may not be stored under `hash`, or null. */
function plainRefusal(body: { bytes: Uint8Array; sha256: string }, hash: string, maxBytes: number): Refusal {
  if (body.sha256 !== hash) return { status: 422, text: 'the bytes do not match their name (SHA-256)' };
  const check = checkImageBytes(body.bytes, { ...DEFAULT_IMAGE_LIMITS, maxBytes });
  if (!check.ok || !(STORED_IMAGE_TYPES as readonly string[]).includes(check.header.type))
    return { status: 415, text: 'only PNG, JPEG and GIF images within the pixel limits are stored' };
  return null;
}

/** Why bytes may not be stored as a sealed image (the relay reads only the record's header), or null. */
function sealedRefusal(bytes: Uint8Array): Refusal {
  try {
    if (readRecordHeader(bytes).kind === 'blob') return null;
  } catch {
    // not a sealed record at all
  }
  return { status: 415, text: "a private workspace's image is a sealed blob record" };
}
