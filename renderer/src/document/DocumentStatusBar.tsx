import { SyncStatusBadge } from '../sync/SyncStatusBadge.tsx';
import { OnlineToggle } from '../sync/OnlineToggle.tsx';
import { DocumentStats } from './DocumentStats.tsx';
import { useDocument } from './DocumentContext.ts';

/** Under the text: the relay status, going offline and back, and the counts. */
export function DocumentStatusBar() {
  const { editor, connection, session } = useDocument();
  return (
    <DocumentStats editor={editor}>
      <SyncStatusBadge connection={connection} label="Document sync status" />
      {session.sync && <OnlineToggle sync={session.sync} />}
    </DocumentStats>
  );
}
