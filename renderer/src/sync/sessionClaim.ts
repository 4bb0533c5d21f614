/** Sessions claimed in this window where the browser has no Web Locks. */
const claimedHere = new Set<string>();

/**
 * Claims the right to resume and persist the session `name` names: resolves with the function that
 * gives it back, or null when another connection holds it (a second tab, or a document's
 * background sync still running when it is opened). Two holders would send the same outbox twice.
 * Web Locks hold across the tabs of a profile and go with a crashed tab.
 */
export function claimSession(name: string): Promise<(() => void) | null> {
  if (!('locks' in navigator)) {
    if (claimedHere.has(name)) return Promise.resolve(null);
    claimedHere.add(name);
    return Promise.resolve(() => claimedHere.delete(name));
  }
  return new Promise((resolve) => {
    void navigator.locks.request(name, { ifAvailable: true }, (lock) => {
      if (!lock) return resolve(null);
      // Held until the returned function is called.
      return new Promise<void>((release) => resolve(() => release()));
    });
  });
}
