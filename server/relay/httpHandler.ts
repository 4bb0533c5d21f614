import type { IncomingMessage, ServerResponse } from 'node:http';
import { staticFiles } from '../http/staticFiles.ts';

/** Prometheus exposition text and its content type. */
export type MetricsSource = () => Promise<{ body: string; contentType: string }>;

/**
 * Serves GET /healthz (200 when `status` is ok, 503 when degraded, so a load balancer can steer new
 * connections away), GET /metrics, and the web build (when there is one) at every other path.
 */
export function httpHandler(webDir: string, health: () => Record<string, unknown>, metrics?: MetricsSource) {
  const web = staticFiles(webDir);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const pathname = (req.url ?? '/').split('?')[0];
    const reading = req.method === 'GET' || req.method === 'HEAD';
    if (pathname === '/healthz' && reading) {
      const state = health();
      res.writeHead(state.status === 'degraded' ? 503 : 200, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(state));
      return;
    }
    if (pathname === '/metrics' && reading && metrics) {
      metrics().then(
        ({ body, contentType }) =>
          res
            .writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' })
            .end(req.method === 'HEAD' ? undefined : body),
        () => res.writeHead(500).end(),
      );
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
