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
 * The updates of a service worker: `found()` when a newer version is waiting (those listening hear
 * of it), `activate` to let it take over.
 */
export function shellUpdates(activate: () => void): { updates: ShellUpdates; found(): void } {
  const listeners = new Set<() => void>();
  let waiting = false;
  return {
    found() {
      waiting = true;
      listeners.forEach((notify) => notify());
    },
    updates: {
      ready: () => waiting,
      subscribe(onChange) {
        listeners.add(onChange);
        return () => listeners.delete(onChange);
      },
      reload: activate,
    },
  };
}
