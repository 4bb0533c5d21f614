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

/** How long the relay must have held more of the edits before the status says fewer are waiting (or all saved). */
export const SAVED_SHOWN_AFTER_MS = 600;

/** Whether `next` says fewer edits wait than `shown`, on a connection that is otherwise the same. */
function fewerWaiting(shown: SyncStatus, next: SyncStatus): boolean {
  return (
    shown.state === 'online' &&
    next.state === 'online' &&
    Boolean(shown.cannotSave) === Boolean(next.cannotSave) &&
    next.pending < shown.pending
  );
}

const sameStatus = (a: SyncStatus, b: SyncStatus) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The status to show for a connection whose actual status is `actual()`. While someone types, each
 * edit waits a few milliseconds for the relay; shown as it is, the status would flip between "1 change
 * waiting" and "all changes saved" at every keystroke: unreadable, and a redraw of the window each time.
 * So more edits waiting (and every other change) shows at once, and fewer waiting, down to "all changes
 * saved", only once it has lasted `SAVED_SHOWN_AFTER_MS`. The status shown never counts fewer waiting
 * edits than there are: it may say "waiting" a moment longer, never "saved" too early.
 */
export class ShownStatus {
  private shown: SyncStatus;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private listener: (() => void) | null = null;

  constructor(private readonly actual: () => SyncStatus) {
    this.shown = actual();
  }

  /** The status to show; the same object until what it says changes. */
  get current(): SyncStatus {
    return this.shown;
  }

  /** Calls `onChange` whenever `current` changes; returns the function that stops (and drops a waiting update). */
  listen(onChange: () => void): () => void {
    this.listener = onChange;
    return () => {
      this.listener = null;
      this.cancel();
    };
  }

  /** The actual status changed (or may have): updates `current` now, or once a decrease has lasted. */
  changed(): void {
    const next = this.actual();
    if (!fewerWaiting(this.shown, next)) return this.show(next);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.show(this.actual());
    }, SAVED_SHOWN_AFTER_MS);
  }

  private show(next: SyncStatus): void {
    this.cancel();
    if (sameStatus(this.shown, next)) return;
    this.shown = next;
    this.listener?.();
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
