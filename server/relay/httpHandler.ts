import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { staticFiles } from '../http/staticFiles.ts';

/** Prometheus exposition text and its content type. */
export type MetricsSource = () => Promise<{ body: string; contentType: string }>;

/** What the relay answers over plain HTTP besides the web build. */
export interface HttpEndpoints {
  health(): Record<string, unknown>;
  /** GET /metrics, when enabled (--metrics or --metrics-token). */
  metrics?: MetricsSource;
  /** GET /debug/memory, when enabled (--debug-memory). */
  debugMemory?: () => Record<string, unknown>;
  /** When set, /metrics and /debug/memory answer only requests with `Authorization: Bearer <token>`. */
  token: string;
  /** Routes of their own, tried first (each answers its own paths and returns true): /blobs/, the sharing API under /api/. */
  routes?: ReadonlyArray<(req: IncomingMessage, res: ServerResponse) => boolean>;
}

/** Whether the request carries the bearer token (compared in constant time). */
function authorized(req: IncomingMessage, token: string): boolean {
  if (!token) return true;
  const given = Buffer.from(req.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

function json(res: ServerResponse, status: number, body: unknown, head: boolean): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(head ? undefined : JSON.stringify(body));
}

/**
 * Serves GET /healthz (200 when `status` is ok, 503 when degraded, so a load balancer can steer new
 * connections away), GET /metrics and GET /debug/memory when enabled, and the web build (when
 * there is one) at every other path.
 */
export function httpHandler(webDir: string, endpoints: HttpEndpoints) {
  const web = staticFiles(webDir);
  return (req: IncomingMessage, res: ServerResponse): void => {
    for (const route of endpoints.routes ?? []) if (route(req, res)) return;
    const pathname = (req.url ?? '/').split('?')[0];
    const reading = req.method === 'GET' || req.method === 'HEAD';
    const head = req.method === 'HEAD';
    if (endpoints.routes?.some((route) => route(req, res))) return;
    if (pathname === '/healthz' && reading) {
      const state = endpoints.health();
      return json(res, state.status === 'degraded' ? 503 : 200, state, head);
    }
    const guarded =
      (pathname === '/metrics' && endpoints.metrics) || (pathname === '/debug/memory' && endpoints.debugMemory);
    if (guarded && reading) {
      if (!authorized(req, endpoints.token)) {
        res.writeHead(401, { 'www-authenticate': 'Bearer', 'content-type': 'text/plain; charset=utf-8' });
        res.end('Unauthorized\n');
        return;
      }
      if (pathname === '/debug/memory') return json(res, 200, endpoints.debugMemory!(), head);
      endpoints.metrics!().then(
        ({ body, contentType }) =>
          res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(head ? undefined : body),
        () => res.writeHead(500).end(),
      );
      return;
    }
    // Disabled (or not a GET): not even the web app's fallback page, so a scraper sees it is off.
    if (pathname === '/metrics' || pathname?.startsWith('/debug/')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    if (web.handle(req, res)) return;
    if (pathname === '/') {
      res
        .writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Concord relay. Connect with the Concord app and an invite link.\n');
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
  };
}
