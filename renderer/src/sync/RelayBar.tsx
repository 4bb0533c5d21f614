import { OnlineToggle } from './OnlineToggle.tsx';
import type { Session } from '../app/session.ts';
import { SyncStatusBadge } from './SyncStatusBadge.tsx';
import { useHost } from '../app/hostContext.ts';
import { leaveRelay } from './joinRelay.ts';
import { useLibraryStatus } from './useLibraryStatus.ts';
import { useRole } from '../roles/useRole.ts';
import { useT } from '../i18n/useT.ts';
import { RefusalNotice } from './RefusalNotice.tsx';
import { ShareDialog } from '../sharing/ShareDialog.tsx';
import { may } from '../../../shared/roles/permissions.ts';
import { useState } from 'react';
import { PrivateBadge } from '../sealed/PrivateBadge.tsx';
import { NewestKeyMissing } from '../sealed/NewestKeyMissing.tsx';
import { WorkspaceNotice } from '../sealed/WorkspaceNotice.tsx';
import { useNotice } from '../app/Notices.tsx';

interface RelayBarProps {
  session: Session;
  onJoinRelay(): void;
  onRelayChanged(): void;
}

/** The workspace's relay: status, role, going offline and back, joining or leaving. */
export function RelayBar({ session, onJoinRelay, onRelayChanged }: RelayBarProps) {
  const host = useHost();
  const { sync } = session;
  const status = useLibraryStatus(sync);
  const role = useRole(session);
  const t = useT();
  const [sharing, setSharing] = useState(false);
  const notify = useNotice();
  if (!sync) {
    return (
      <div className="relay-bar" aria-label={t('relay.label')}>
        <SyncStatusBadge status={status} role={role} unit="documents" label={t('sync.libraryStatus')} />
        {session.keysMissing && (
          <p role="alert" className="field-error">
            {t('private.keysMissing')}
          </p>
        )}
        <button type="button" onClick={onJoinRelay}>
          {t('relay.join')}
        </button>
      </div>
    );
  }
  return (
    <div className="relay-bar" aria-label={t('relay.label')}>
      <RefusalNotice status={status} role={role} />
      <SyncStatusBadge
        status={status}
        role={role}
        unit="documents"
        label={t('sync.libraryStatus')}
        onReconnect={() => sync.reconnectNow()}
      />
      {sync.isPrivate && <PrivateBadge />}
      {sync.isPrivate && <NewestKeyMissing sync={sync} />}
      {sync.isPrivate && <WorkspaceNotice sync={sync} />}
      <span className="muted">{t('relay.addressAndRole', { url: sync.config.url, role })}</span>
      <OnlineToggle sync={sync} />
      {may(role, 'share') && (
        <button type="button" onClick={() => setSharing(true)}>
          {t('share.open')}
        </button>
      )}
      {sharing && (
        <ShareDialog
          sync={sync}
          workspaceId={session.workspace.id}
          onClose={() => setSharing(false)}
          onMadePrivate={() => {
            notify({ kind: 'info', text: t('private.made') });
            onRelayChanged();
          }}
        />
      )}
      <button type="button" onClick={() => void leaveRelay(host, session.workspace.id).then(onRelayChanged)}>
        {t('relay.leave')}
      </button>
    </div>
  );
}
