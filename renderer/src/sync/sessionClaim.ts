/** Sessions claimed in this window where the browser has no Web Locks. */
const claimedHere = new Set<string>();
/** How long a connection waits for another to give the session back (a background sync finishing, a reload). */
const WAIT_MS = 5_000;

/**
 * Claims the right to resume and persist the session `name` names: resolves with the function that
 * gives it back, or null when another connection still holds it after a short wait (a second tab,
 * or a document's background sync). Two holders would send the same outbox twice. Web Locks hold
 * across the tabs of a profile and go with a closed or crashed tab.
 */
export function claimSession(name: string): Promise<(() => void) | null> {
  if (!('locks' in navigator)) {
    if (claimedHere.has(name)) return Promise.resolve(null);
    claimedHere.add(name);
    return Promise.resolve(() => claimedHere.delete(name));
  }
  return new Promise((resolve) => {
    navigator.locks
      .request(name, { signal: AbortSignal.timeout(WAIT_MS) }, () => {
        // Held until the returned function is called.
        return new Promise<void>((release) => resolve(() => release()));
      })
      .catch(() => resolve(null));
  });
}
