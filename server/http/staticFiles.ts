import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../shared/host/csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The Content-Security-Policy the web build is served with (the same one Electron sets). */
const WEB_CSP = CONTENT_SECURITY_POLICY;

/**
 * Files that name the current version rather than being named by it: the page, the service worker
 * (the browser compares it byte for byte to find a newer version) and the web manifest. Revalidated
 * on every use; the content-hashed assets may be cached.
 */
const UNVERSIONED = new Set(['index.html', 'sw.js', 'manifest.webmanifest']);

/**
 * Serves a built web app from `root`: GET and HEAD only, no directory listings, no path escaping the
 * root, no source maps (they would publish the sources), unknown paths fall back to index.html.
 */
export function staticFiles(root: string) {
  const base = path.resolve(root);
  return {
    available: () => fs.existsSync(path.join(base, 'index.html')),
    /** Answers the request when it is for a file of the build; returns false to let the caller answer. */
    handle(req: IncomingMessage, res: ServerResponse): boolean {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        return false;
      }
      if (pathname.toLowerCase().endsWith('.map')) return false;
      let file = path.resolve(base, '.' + pathname);
      if (file !== base && !file.startsWith(base + path.sep)) return false;
      if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(base, 'index.html');
      if (!fs.existsSync(file)) return false;
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'content-security-policy': WEB_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': UNVERSIONED.has(path.basename(file)) ? 'no-cache' : 'public, max-age=3600',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
      return true;
    },
  };
}
