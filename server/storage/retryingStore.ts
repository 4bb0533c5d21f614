import type { LogEntry, LogStats, NumberedAppend, RowSummary, StoredLog, UpdateStore } from './updateStore.ts';

/** How a RetryingStore decides and waits. */
export interface RetryOptions {
  /** Whether an append error may go away by itself (database unreachable, restarting). */
  isTransient(err: unknown): boolean;
  log(line: string): void;
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Hears when appends start failing (true) and when they succeed again (false). */
  onFailing?(failing: boolean): void;
}

/**
 * Keeps appending through an outage of a networked database (or a full local disk): an append that fails transiently is
 * retried with backoff until it succeeds, so the group commit (which writes batches strictly one
 * after another) holds every later batch behind it, and the relay acknowledges nothing meanwhile.
 * When the database returns, the waiting batches are written in the order they were accepted. A
 * retried append whose first attempt did commit after all stores its updates twice: harmless, Yjs
 * updates are idempotent (and a sealed room's numbered append recognises its own row: `appendNumbered`).
 * Loads and compactions are not retried (their callers cope with failure).
 */
export class RetryingStore implements UpdateStore {
  /** When the current outage began (ms since epoch), or null while appends succeed. */
  failingSince: number | null = null;
  /** The error of the latest failed append (what /healthz names), kept until appends succeed. */
  lastError: unknown = null;
  private abandoned = false;
  private wake: (() => void) | null = null;

  /** Present when the inner store numbers sealed records (several instances share it). */
  readonly appendNumbered?: (room: string, seq: number, row: Uint8Array) => Promise<NumberedAppend>;
  readonly loadNumberedAfter?: (room: string, after: number) => Promise<Uint8Array[]>;

  constructor(
    private readonly inner: UpdateStore,
    private readonly options: RetryOptions,
  ) {
    const numbered = inner.appendNumbered?.bind(inner);
    if (numbered) this.appendNumbered = (room, seq, row) => this.retried(() => numbered(room, seq, row));
    this.loadNumberedAfter = inner.loadNumberedAfter?.bind(inner);
  }

  load(room: string): Promise<StoredLog> {
    return this.inner.load(room);
  }

  compact(room: string, merged?: Uint8Array, summary?: RowSummary): Promise<LogStats> {
    return this.inner.compact(room, merged, summary);
  }

  replaceCovered(room: string, row: Uint8Array, coversSeq: number): Promise<LogStats> {
    return this.inner.replaceCovered(room, row, coversSeq);
  }

  deleteOrdinaryRooms(workspaceId: string): Promise<number> {
    return this.inner.deleteOrdinaryRooms(workspaceId);
  }

  appendBatch(entries: readonly LogEntry[]): Promise<void> {
    return this.retried(() => this.inner.appendBatch(entries));
  }

  /** Runs an append until it succeeds or fails for good. */
  private async retried<T>(append: () => Promise<T>): Promise<T> {
    let delay = this.options.minDelayMs ?? 100;
    for (;;) {
      try {
        const result = await append();
        if (this.failingSince !== null)
          this.options.log(
            `storage is back after ${Math.round((Date.now() - this.failingSince) / 1000)} s; writing the updates accepted meanwhile`,
          );
        const recovered = this.failingSince !== null;
        this.failingSince = null;
        this.lastError = null;
        if (recovered) this.options.onFailing?.(false);
        return result;
      } catch (err) {
        if (this.abandoned || !this.options.isTransient(err)) throw err;
        this.lastError = err;
        if (this.failingSince === null) {
          this.failingSince = Date.now();
          this.options.log(
            `storage unavailable (${err instanceof Error ? err.message : String(err)}); not acknowledging until it returns, retrying`,
          );
          this.options.onFailing?.(true);
        }
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          setTimeout(resolve, delay).unref();
        });
        this.wake = null;
        delay = Math.min(delay * 2, this.options.maxDelayMs ?? 2000);
      }
    }
  }

  /** Stops retrying (shutdown): the waiting append and any later failing one reject. */
  abandon(): void {
    this.abandoned = true;
    this.wake?.();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
