import { SyncStatusBadge } from '../sync/SyncStatusBadge.tsx';
import { useSyncStatus } from '../sync/useSyncStatus.ts';
import { OnlineToggle } from '../sync/OnlineToggle.tsx';
import { DocumentStats } from './DocumentStats.tsx';
import { useDocument } from './DocumentContext.ts';
import { useT } from '../i18n/useT.ts';
import { NewestKeyMissing } from '../sealed/NewestKeyMissing.tsx';
import { IgnoredRecordsNotice } from '../sealed/IgnoredRecordsNotice.tsx';

/** Under the text: the relay status, going offline and back, a private workspace's missing key and ignored records, and the counts. */
export function DocumentStatusBar() {
  const { id, editor, connection, session, role } = useDocument();
  const status = useSyncStatus(connection);
  const t = useT();
  return (
    <DocumentStats editor={editor}>
      <SyncStatusBadge
        status={status}
        role={role}
        label={t('sync.documentStatus')}
        onReconnect={session.sync ? () => session.sync?.reconnectNow() : undefined}
      />
      {session.sync && <OnlineToggle sync={session.sync} />}
      {session.sync?.isPrivate && <NewestKeyMissing sync={session.sync} />}
      {session.sync?.isPrivate && <IgnoredRecordsNotice sync={session.sync} id={id} />}
    </DocumentStats>
  );
}
