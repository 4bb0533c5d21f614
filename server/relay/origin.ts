import type { IncomingMessage } from 'node:http';

/** The desktop app's origin (electron/main/appOrigin.ts): its pages may always connect. */
const DESKTOP_APP_ORIGIN = 'app://concord';

/**
 * Decides which web pages may open a WebSocket to the relay, by the Origin header browsers send:
 * the relay's own pages (Origin host = Host header, http or https), the desktop app, and the
 * origins listed in `--allowed-origins` (`*`: any). Clients that send no Origin (the app's Node
 * side, scripts, other relays' tools) are not browsers a page could misuse, and are let through.
 */
export function originPolicy(allowed: string): (req: IncomingMessage) => boolean {
  const listed = new Set(
    allowed
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, '').toLowerCase())
      .filter(Boolean),
  );
  const anyOrigin = listed.has('*');
  return (req) => {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    const normalized = origin.trim().toLowerCase();
    if (anyOrigin || normalized === DESKTOP_APP_ORIGIN || listed.has(normalized)) return true;
    const host = req.headers.host?.toLowerCase();
    return host !== undefined && (normalized === `http://${host}` || normalized === `https://${host}`);
  };
}
