import { useEffect, useRef, useState } from 'react';
import { announce } from '../ui/announcer.ts';
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
 * in 8 s", "Refused: …"); when the connection itself changes, it is announced politely (`announce`). A
 * refusal is also shown and announced as a notice with what to do (`RefusalNotice`).
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
  // Connecting, going offline and coming back are announced; each edit waiting or the countdown is not
  // (a refusal is announced by its notice, with what to do).
  const latest = useRef(text);
  useEffect(() => {
    latest.current = text;
  });
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current && status.state !== 'refused') announce(latest.current, { key: `sync:${label}` });
    opened.current = true;
  }, [status.state, label]);
  return (
    <span className={`sync-status sync-${status.state}`} role="status" aria-live="off" aria-label={label}>
      {text}
    </span>
  );
}
