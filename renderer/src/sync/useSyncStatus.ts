import type { RelayConnection } from './RelayConnection.ts';
import type { SyncStatus } from './syncStatus.ts';
import { useSubscription } from '../hooks/useSubscription.ts';

const LOCAL: SyncStatus = { state: 'local' };

/** The live status of a relay connection; 'local' when there is none. */
export function useSyncStatus(connection: RelayConnection | null): SyncStatus {
  return useSubscription(
    (onChange) => connection?.subscribe(onChange) ?? (() => undefined),
    () => connection?.status ?? LOCAL,
    [connection],
  );
}
