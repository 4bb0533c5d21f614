import { useMemo, useRef, useSyncExternalStore, type DependencyList } from 'react';

/** Starts listening for changes; returns the function that stops. */
export type Subscribe = (onChange: () => void) => () => void;

/**
 * A value read from something that announces its changes (a Y type, an editor, a connection),
 * re-read only after it announced one, and once right after subscribing (so a change between the
 * first render and the subscription is not missed). `deps` lists everything `subscribe` and `read`
 * depend on; a new one starts over with a fresh read.
 */
export function useSubscription<T>(subscribe: Subscribe, read: () => T, deps: DependencyList): T {
  const latestRead = useRef(read);
  latestRead.current = read;
  const store = useMemo(() => {
    let stale = true;
    let value: T;
    return {
      subscribe: (notify: () => void) => {
        const stop = subscribe(() => {
          stale = true;
          notify();
        });
        stale = true;
        return stop;
      },
      read: () => {
        if (stale) {
          value = latestRead.current();
          stale = false;
        }
        return value;
      },
    };
  }, deps); // the caller's deps are the store's identity
  return useSyncExternalStore(store.subscribe, store.read);
}
