import type { IncomingMessage, ServerResponse } from 'node:http';
import { staticFiles } from '../http/staticFiles.ts';

/** Serves GET /healthz, and the web build (when there is one) at every other path. */
export function httpHandler(webDir: string, health: () => Record<string, unknown>) {
  const web = staticFiles(webDir);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      const body = JSON.stringify(health());
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    if (web.handle(req, res)) return;
    if (pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Concord relay. Connect with the Concord app and an invite link.\n');
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
  };
}
