import type { MessageId } from '../../../shared/i18n/messages.ts';
import type { RefusalKind } from '../../../shared/protocol/refusal.ts';
import { secondsLeft } from './countdown.ts';

/** Why the relay closed a connection for good (or refused a change): its close code and what it said. */
export interface Refused {
  code: number;
  /** For a refused change (4406): what the role rule did not grant; null otherwise. */
  kind: RefusalKind | null;
  /** The relay's own words (for the log and support; the app shows its own). */
  reason: string;
}

/** What the window says about a connection to the relay. It must never claim more than is true. */
export type SyncStatus =
  | { state: 'local' } // no relay configured: everything is on this computer only
  | { state: 'offline'; pending: number } // the network is down, or the person chose to work offline
  | { state: 'connecting' } // the first attempt
  | { state: 'reconnecting'; at: number; pending: number } // lost; the next attempt is at `at` (epoch ms)
  | { state: 'online'; pending: number; cannotSave?: true } // connected; `pending` edits the relay has not stored yet; `cannotSave`: its storage fails (disk full, database down)
  | { state: 'recovering' } // a change was refused: setting it aside and returning to what the relay holds
  | { state: 'refused'; refused: Refused }; // the relay closed the connection for good

/** A message of the catalogue with its values: how the status bar words a status. */
export interface StatusText {
  id: MessageId;
  values?: Record<string, string | number>;
}

/**
 * The words for a status (`now` for the reconnection countdown); `unit` says what `pending` counts:
 * edits of one document, or documents of the library. Refusals are worded by `refusalText`.
 */
export function describeStatus(
  status: Exclude<SyncStatus, { state: 'refused' }>,
  now = Date.now(),
  unit: 'edits' | 'documents' = 'edits',
): StatusText {
  const docs = unit === 'documents';
  switch (status.state) {
    case 'local':
      return { id: 'sync.local' };
    case 'offline':
      if (status.pending === 0) return { id: 'sync.offline' };
      return { id: docs ? 'sync.offlineDocs' : 'sync.offlineWaiting', values: { count: status.pending } };
    case 'connecting':
      return { id: 'sync.connecting' };
    case 'reconnecting':
      return { id: 'sync.reconnecting', values: { seconds: secondsLeft(status.at, now) } };
    case 'online':
      if (status.cannotSave) return { id: 'sync.relayCannotSave' };
      if (status.pending === 0) return { id: 'sync.online' };
      return { id: docs ? 'sync.docsWaiting' : 'sync.waiting', values: { count: status.pending } };
    case 'recovering':
      return { id: 'sync.recovering' };
  }
}
