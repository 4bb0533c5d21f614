/**
 * The Content-Security-Policy every host serves the renderer with: the web server (`npm run web`, the
 * relay) and Electron's app:// protocol. Scripts only from the app itself; `connect-src` stays open to
 * ws/wss/http/https because the relay a coalition uses is chosen at run time.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss: http: https:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
