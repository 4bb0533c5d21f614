import { registerSW } from 'virtual:pwa-register';

/** How often a running app asks the server whether a newer version is out. */
const CHECK_EVERY_MS = 60 * 60_000;

/** A newer version of the app installed beside the running one, and how to switch to it. */
export interface ShellUpdates {
  /** Whether a newer version is installed and waiting. */
  ready(): boolean;
  /** Calls `onChange` when it becomes ready; returns the function that stops. */
  subscribe(onChange: () => void): () => void;
  /** Lets the newer version take over; the page reloads into it. */
  reload(): void;
}

/**
 * Registers the service worker that keeps the app shell for offline use (scripts/webAppShell.ts)
 * and watches for newer versions: the browser checks on each start, the app every hour and when
 * the network comes back. Browser only: the desktop's app:// protocol has no service workers.
 */
export function startShellWorker(): ShellUpdates {
  const listeners = new Set<() => void>();
  let waiting = false;
  const update = registerSW({
    onNeedRefresh() {
      waiting = true;
      listeners.forEach((notify) => notify());
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => void registration.update().catch(() => undefined);
      setInterval(check, CHECK_EVERY_MS);
      window.addEventListener('online', check);
    },
  });
  return {
    ready: () => waiting,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    reload: () => void update(true),
  };
}
