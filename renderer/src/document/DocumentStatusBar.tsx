import { SyncStatusBadge } from '../sync/SyncStatusBadge.tsx';
import { OnlineToggle } from '../sync/OnlineToggle.tsx';
import { DocumentStats } from './DocumentStats.tsx';
import { useDocument } from './DocumentContext.ts';
import { useT } from '../i18n/useT.ts';

/** Under the text: the relay status, going offline and back, and the counts. */
export function DocumentStatusBar() {
  const { editor, connection, session } = useDocument();
  const t = useT();
  return (
    <DocumentStats editor={editor}>
      <SyncStatusBadge connection={connection} label={t('sync.documentStatus')} />
      {session.sync && <OnlineToggle sync={session.sync} />}
    </DocumentStats>
  );
}
