import { SyncStatusBadge } from '../sync/SyncStatusBadge.tsx';
import { useSyncStatus } from '../sync/useSyncStatus.ts';
import { OnlineToggle } from '../sync/OnlineToggle.tsx';
import { DocumentStats } from './DocumentStats.tsx';
import { useDocument } from './DocumentContext.ts';

/** Under the text: the relay status, going offline and back, and the counts. */
export function DocumentStatusBar() {
  const { editor, connection, session, role } = useDocument();
  const status = useSyncStatus(connection);
  return (
    <DocumentStats editor={editor}>
      <SyncStatusBadge status={status} role={role} label="Document sync status" />
      {session.sync && <OnlineToggle sync={session.sync} />}
    </DocumentStats>
  );
}
