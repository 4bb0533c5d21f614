import type { DependencyList } from 'react';
import type { DocConnection } from './docConnection.ts';
import { useSubscription } from '../hooks/useSubscription.ts';

/** A value read from who is connected (awareness), re-read when anyone joins, leaves or moves; `fallback` without a connection. */
export function useAwarenessValue<T>(
  connection: DocConnection | null,
  read: (connection: DocConnection) => T,
  fallback: T,
  deps: DependencyList = [],
): T {
  return useSubscription(
    (onChange) => {
      connection?.awareness.on('change', onChange);
      return () => connection?.awareness.off('change', onChange);
    },
    () => (connection ? read(connection) : fallback),
    [connection, ...deps],
  );
}
