import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/**
 * Headers of a served blob. The relay's origin also serves the web app, so stored bytes must never
 * be read as a page or a script: they are an opaque download, sniffing off, inside a sandbox.
 */
export const BLOB_HEADERS: OutgoingHttpHeaders = {
  'content-type': 'application/octet-stream',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; sandbox",
  'content-disposition': 'attachment',
  // Named by their content: what is stored under a name never changes.
  'cache-control': 'private, max-age=31536000, immutable',
};

/** CORS for pages the origin policy let through (the desktop app, listed origins); none without an Origin. */
export function corsHeaders(req: IncomingMessage): OutgoingHttpHeaders {
  const origin = req.headers.origin;
  if (!origin) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, HEAD, PUT, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

/** A short plain-text answer with `status`. */
export function answer(res: ServerResponse, status: number, text: string, headers: OutgoingHttpHeaders = {}): void {
  res
    .writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      ...headers,
    })
    .end(`${text}\n`);
}
