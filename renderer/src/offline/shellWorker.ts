import { registerSW } from 'virtual:pwa-register';
import { shellUpdates, type ShellUpdates } from './shellUpdates.ts';

/** How often a running app asks the server whether a newer version is out. */
const CHECK_EVERY_MS = 60 * 60_000;

/**
 * Registers the service worker that keeps the app shell for offline use (scripts/webAppShell.ts)
 * and watches for newer versions: the browser checks on each start, the app every hour and when
 * the network comes back. Browser only: the desktop's app:// protocol has no service workers.
 */
export function startShellWorker(): ShellUpdates {
  const shell = shellUpdates(() => void update(true));
  const update = registerSW({
    onNeedRefresh: () => shell.found(),
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => void registration.update().catch(() => undefined);
      setInterval(check, CHECK_EVERY_MS);
      window.addEventListener('online', check);
    },
  });
  return shell.updates;
}
