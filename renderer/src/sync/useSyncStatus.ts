import { useEffect, useState } from 'react';
import type { RelayConnection } from './RelayConnection.ts';
import type { SyncStatus } from './syncStatus.ts';

/** The live status of a relay connection; 'local' when there is none. */
export function useSyncStatus(connection: RelayConnection | null): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>(connection?.status ?? { state: 'local' });
  useEffect(() => {
    if (!connection) {
      setStatus({ state: 'local' });
      return;
    }
    return connection.subscribe(setStatus);
  }, [connection]);
  return status;
}
