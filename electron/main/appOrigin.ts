/** The custom scheme the renderer is served from; privileged (standard + secure) so it gets a real origin. */
export const APP_SCHEME = 'app';
/** The only host of the app scheme; requests for any other host are refused. */
export const APP_HOST = 'concord';
/** The renderer's origin as the browser reports it. */
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is a page of the app itself (app://concord/...), never a look-alike host or scheme. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
