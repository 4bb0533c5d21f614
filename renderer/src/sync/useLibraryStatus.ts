import type { WorkspaceSync } from './WorkspaceSync.ts';
import type { SyncStatus } from './syncStatus.ts';
import { onLedgerChange } from './ackLedger.ts';
import { useSubscription } from '../hooks/useSubscription.ts';

const LOCAL: SyncStatus = { state: 'local' };

/**
 * The library's status: the workspace connection's state, with "waiting" counting the documents
 * that have edits the relay has not stored (not keystrokes, and not the library's own entries).
 */
export function useLibraryStatus(sync: WorkspaceSync | null): SyncStatus {
  return useSubscription(
    (onChange) => {
      if (!sync) return () => undefined;
      const offStatus = sync.index.subscribe(onChange);
      const offLedger = onLedgerChange(onChange);
      return () => {
        offStatus();
        offLedger();
      };
    },
    () => {
      if (!sync) return LOCAL;
      const status = sync.index.status;
      return 'pending' in status ? { ...status, pending: sync.pendingDocuments() } : status;
    },
    [sync],
  );
}
