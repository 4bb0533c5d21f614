import type { DependencyList } from 'react';
import { useSubscription } from './useSubscription.ts';

/** Anything observable deeply: Y.Map, Y.Array, Y.XmlFragment. */
interface Observable {
  observeDeep(f: () => void): void;
  unobserveDeep(f: () => void): void;
}

/**
 * A value read from a Y type, re-read after every change to it (deep: nested maps and arrays too),
 * local or from a collaborator. `read` must be cheap enough to run on each change of that type;
 * `deps` lists what else it depends on.
 */
export function useYValue<T>(type: Observable, read: () => T, deps: DependencyList = []): T {
  return useSubscription(
    (onChange) => {
      type.observeDeep(onChange);
      return () => type.unobserveDeep(onChange);
    },
    read,
    [type, ...deps],
  );
}
