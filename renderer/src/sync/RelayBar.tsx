import { OnlineToggle } from './OnlineToggle.tsx';
import type { Session } from '../app/session.ts';
import { SyncStatusBadge } from './SyncStatusBadge.tsx';
import { useHost } from '../app/hostContext.ts';
import { leaveRelay } from './joinRelay.ts';
import { decodeTokenPayload } from '../../../shared/protocol/tokenPayload.ts';

interface RelayBarProps {
  session: Session;
  onJoinRelay(): void;
  onRelayChanged(): void;
}

/** The workspace's relay: status, role, going offline and back, joining or leaving. */
export function RelayBar({ session, onJoinRelay, onRelayChanged }: RelayBarProps) {
  const host = useHost();
  const { sync } = session;
  if (!sync) {
    return (
      <div className="relay-bar" aria-label="Relay">
        <SyncStatusBadge connection={null} label="Library sync status" />
        <button type="button" onClick={onJoinRelay}>
          Join a relay…
        </button>
      </div>
    );
  }
  const payload = decodeTokenPayload(sync.config.token);
  return (
    <div className="relay-bar" aria-label="Relay">
      <SyncStatusBadge connection={sync.index} label="Library sync status" />
      <span className="muted">
        {sync.config.url}
        {payload ? ` · ${payload.role}` : ''}
      </span>
      <OnlineToggle sync={sync} />
      <button type="button" onClick={() => void leaveRelay(host, session.workspace.id).then(onRelayChanged)}>
        Leave relay
      </button>
    </div>
  );
}
