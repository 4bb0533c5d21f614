import { useEffect, useState } from 'react';
import { describeStatus, type SyncStatus } from './syncStatus.ts';
import { refusalText } from './refusalText.ts';
import { useT } from '../i18n/useT.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';

/** Re-renders every second while `active` (the reconnection countdown). */
function useTicking(active: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) return;
    setNow(Date.now()); // not the time of mounting: the countdown starts right
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/**
 * The connection status in words ("Online", "Offline: changes kept on this computer", "Reconnecting
 * in 8 s", "Refused: …"), announced politely to screen readers when it changes. A refusal is also
 * shown as a notice with what to do (`RelayNotices`).
 */
export function SyncStatusBadge({
  status,
  label,
  role,
  unit = 'edits',
}: {
  status: SyncStatus;
  label: string;
  role: Role;
  /** What "waiting" counts: a document's edits, or the library's documents. */
  unit?: 'edits' | 'documents';
}) {
  const t = useT();
  const now = useTicking(status.state === 'reconnecting');
  const text =
    status.state === 'refused'
      ? t('sync.refusedShort', { reason: refusalText(t, status.refused, role).reason })
      : (({ id, values }) => t(id, values))(describeStatus(status, now, unit));
  return (
    <span className={`sync-status sync-${status.state}`} role="status" aria-label={label}>
      {text}
    </span>
  );
}
