import type { DocConnection } from './docConnection.ts';
import type { SyncStatus } from './syncStatus.ts';
import { useSubscription } from '../hooks/useSubscription.ts';

const LOCAL: SyncStatus = { state: 'local' };

/** The live status of a relay connection; 'local' when there is none. */
export function useSyncStatus(connection: DocConnection | null): SyncStatus {
  return useSubscription(
    (onChange) => connection?.subscribe(onChange) ?? (() => undefined),
    () => connection?.status ?? LOCAL,
    [connection],
  );
}
