import { OnlineToggle } from './OnlineToggle.tsx';
import type { Session } from '../app/session.ts';
import { SyncStatusBadge } from './SyncStatusBadge.tsx';
import { useHost } from '../app/hostContext.ts';
import { leaveRelay } from './joinRelay.ts';
import { decodeTokenPayload } from '../../../shared/protocol/tokenPayload.ts';
import { useT } from '../i18n/useT.ts';

interface RelayBarProps {
  session: Session;
  onJoinRelay(): void;
  onRelayChanged(): void;
}

/** The workspace's relay: status, role, going offline and back, joining or leaving. */
export function RelayBar({ session, onJoinRelay, onRelayChanged }: RelayBarProps) {
  const host = useHost();
  const { sync } = session;
  const t = useT();
  if (!sync) {
    return (
      <div className="relay-bar" aria-label={t('relay.label')}>
        <SyncStatusBadge connection={null} label={t('sync.libraryStatus')} />
        <button type="button" onClick={onJoinRelay}>
          {t('relay.join')}
        </button>
      </div>
    );
  }
  const payload = decodeTokenPayload(sync.config.token);
  return (
    <div className="relay-bar" aria-label={t('relay.label')}>
      <SyncStatusBadge connection={sync.index} label={t('sync.libraryStatus')} />
      <span className="muted">
        {payload ? t('relay.addressAndRole', { url: sync.config.url, role: payload.role }) : sync.config.url}
      </span>
      <OnlineToggle sync={sync} />
      <button type="button" onClick={() => void leaveRelay(host, session.workspace.id).then(onRelayChanged)}>
        {t('relay.leave')}
      </button>
    </div>
  );
}
