import { useMemo } from 'react';
import type { DocConnection } from './docConnection.ts';
import { ShownStatus, type SyncStatus } from './syncStatus.ts';
import { useSubscription } from '../hooks/useSubscription.ts';

const LOCAL: SyncStatus = { state: 'local' };

/**
 * The status of a relay connection as the window shows it ('local' when there is none): live, except
 * that fewer edits waiting shows only once it has lasted (`ShownStatus`), so typing does not make it
 * flicker between "waiting" and "saved" at every keystroke.
 */
export function useSyncStatus(connection: DocConnection | null): SyncStatus {
  const shown = useMemo(() => (connection ? new ShownStatus(() => connection.status) : null), [connection]);
  return useSubscription(
    (onChange) => {
      if (!connection || !shown) return () => undefined;
      const stopShowing = shown.listen(onChange);
      const off = connection.subscribe(() => shown.changed());
      shown.changed();
      return () => {
        off();
        stopShowing();
      };
    },
    () => shown?.current ?? LOCAL,
    [connection, shown],
  );
}
