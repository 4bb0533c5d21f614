import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/host/csp.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The MIME type an app:// response carries; module scripts are refused by Chromium without a JS type. */
function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// request URL to a file under `root`, or null when the URL is not ours or would escape
 * the root (`..`, encoded `%2e%2e` or `%2f`, backslashes, NUL bytes, absolute paths). `/` maps to
 * index.html. Whether the file exists is the caller's business.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..' || /^[a-z]:$/i.test(segment))) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, ...(segments.length === 0 ? ['index.html'] : segments));
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  return file;
}

/** Headers of every app:// response: the shared CSP, no MIME sniffing, no referrer, no framing. */
export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'content-type': contentTypeFor(file),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'x-frame-options': 'DENY',
  };
}

/** True for paths a client-side route may use (no extension): those fall back to index.html. */
export function isRoutePath(file: string): boolean {
  return path.extname(file) === '';
}
