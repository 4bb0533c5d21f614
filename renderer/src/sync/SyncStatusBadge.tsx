import type { RelayConnection } from './RelayConnection.ts';
import { useSyncStatus } from './useSyncStatus.ts';
import { describeStatus } from './syncStatus.ts';
import { useT } from '../i18n/useT.ts';

/** The connection status in words, announced politely to screen readers when it changes. */
export function SyncStatusBadge({ connection, label }: { connection: RelayConnection | null; label: string }) {
  const status = useSyncStatus(connection);
  const t = useT();
  return (
    <span className={`sync-status sync-${status.state}`} role="status" aria-label={label}>
      {describeStatus(t, status)}
    </span>
  );
}
