import { useIntl } from 'react-intl';
import { describeStatus, type SyncStatus } from './syncStatus.ts';
import { refusalText } from './refusalText.ts';
import { useCountdown } from './countdown.ts';
import { useT } from '../i18n/useT.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';

/** "Reconnecting in 8 s", the number in a timer: it changes every second without being read out each time. */
function Reconnecting({ at }: { at: number }) {
  const intl = useIntl();
  const seconds = useCountdown(at) ?? 1;
  return intl.formatMessage(
    { id: 'sync.reconnecting' },
    {
      seconds: (
        <span role="timer" aria-live="off" key="seconds">
          {intl.formatNumber(seconds)}
        </span>
      ),
    },
  );
}

/**
 * The connection status in words ("Online", "Offline: changes kept on this computer", "Reconnecting
 * in 8 s", "Refused: …"), announced politely to screen readers when it changes; the countdown's
 * number is a timer (not live), so the state is announced once rather than every second. While it
 * counts down, `onReconnect` offers to try at once. A refusal is also shown as a notice with what to
 * do (`RelayNotices`).
 */
export function SyncStatusBadge({
  status,
  label,
  role,
  unit = 'edits',
  onReconnect,
}: {
  status: SyncStatus;
  label: string;
  role: Role;
  /** What "waiting" counts: a document's edits, or the library's documents. */
  unit?: 'edits' | 'documents';
  /** "Reconnect now", offered while waiting to reconnect. */
  onReconnect?: () => void;
}) {
  const t = useT();
  const text =
    status.state === 'refused' ? (
      t('sync.refusedShort', { reason: refusalText(t, status.refused, role).reason })
    ) : status.state === 'reconnecting' ? (
      <Reconnecting at={status.at} />
    ) : (
      (({ id, values }) => t(id, values))(describeStatus(status, Date.now(), unit))
    );
  return (
    <>
      <span className={`sync-status sync-${status.state}`} role="status" aria-label={label}>
        {text}
      </span>
      {status.state === 'reconnecting' && onReconnect && (
        <button type="button" className="link-button" onClick={onReconnect}>
          {t('sync.reconnectNow')}
        </button>
      )}
    </>
  );
}
