import type { Session, WebContents } from 'electron';
import { isAppUrl } from './appOrigin.ts';
import { decideNavigation, decideWindowOpen } from './externalLinks.ts';

/**
 * Locks down every web contents the app creates: navigation leaves the app only towards the user's
 * browser (http/https/mailto), window.open never makes a window, <webview> never attaches.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) {
      if (!isAppUrl(event.url)) event.preventDefault();
      return;
    }
    const decision = decideNavigation(event.url);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.action === 'open-external') openExternal(decision.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.action === 'open-external') openExternal(decision.url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Refuses every permission a page can ask for (camera, notifications, geolocation, devices, ...). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
