import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { announce } from '../ui/announcer.ts';
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
 * in 8 s", "Refused: …"); when the connection itself changes, it is announced politely (`announce`),
 * once: the countdown's number is a timer (not live). While it counts down, `onReconnect` offers to
 * try at once. A refusal is also shown and announced as a notice with what to do (`RefusalNotice`).
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
  // Connecting, going offline and coming back are announced; each edit waiting or the countdown is not
  // (a refusal is announced by its notice, with what to do).
  const spoken =
    status.state === 'refused' ? '' : (({ id, values }) => t(id, values))(describeStatus(status, Date.now(), unit));
  const latest = useRef(spoken);
  useEffect(() => {
    latest.current = spoken;
  });
  // The relay failing to save (and saving again) is a change of connection too, within "online".
  const phase = status.state === 'online' && status.cannotSave ? 'cannotSave' : status.state;
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current && phase !== 'refused') announce(latest.current, { key: `sync:${label}` });
    opened.current = true;
  }, [phase, label]);
  return (
    <>
      <span className={`sync-status sync-${status.state}`} role="status" aria-live="off" aria-label={label}>
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
