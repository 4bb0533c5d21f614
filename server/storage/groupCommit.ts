import type { LogEntry, UpdateStore } from './updateStore.ts';

/**
 * How a GroupCommit batches: wait up to `delayMs` after the first update, or less when a batch fills
 * up; and start a batch no sooner than `intervalMs` (at least `delayMs`, the default) after the one
 * before, so that under a steady stream more updates share each transaction and flush.
 */
export interface GroupCommitOptions {
  delayMs: number;
  intervalMs?: number;
  maxEntries: number;
  maxBytes: number;
}

interface Batch {
  entries: LogEntry[];
  bytes: number;
  done: Promise<void>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit: updates arriving within a few milliseconds are written in one transaction (one
 * fsync), then all their promises resolve together. While a batch is being written, what arrives
 * waits for that write to end and then goes as one batch (not one batch per `delayMs`: each batch
 * costs a transaction and an fsync). Batches are written strictly
 * in order, so when an append resolves, everything appended before it is durable too.
 */
export class GroupCommit {
  private current: Batch | null = null;
  private timer: NodeJS.Timeout | null = null;
  private tail: Promise<void> = Promise.resolve();
  /** When the last batch was sealed (performance.now()). */
  private sealedAt = -Infinity;
  /** The least time between the seals of two batches (`intervalMs`, at least `delayMs`). */
  private readonly interval: number;
  /** Batches and exclusive tasks queued and not finished. */
  private inFlight = 0;
  /** Updates appended whose batch has not been written yet (waiting, or retrying through an outage). */
  pending = 0;

  constructor(
    private readonly store: UpdateStore,
    private readonly options: GroupCommitOptions,
  ) {
    this.interval = Math.max(options.delayMs, options.intervalMs ?? 0);
  }

  /** Queues one update; resolves when it is durable, rejects when its batch could not be written. */
  append(room: string, update: Uint8Array): Promise<void> {
    const batch = (this.current ??= newBatch());
    batch.entries.push({ room, update });
    batch.bytes += update.length;
    this.pending += 1;
    if (batch.entries.length >= this.options.maxEntries || batch.bytes >= this.options.maxBytes) this.seal();
    // While a write runs, the batch is sealed when it ends (finished()).
    else if (this.inFlight === 0)
      this.timer ??= setTimeout(() => this.seal(), Math.max(this.options.delayMs, this.untilNext()));
    return batch.done;
  }

  /** Writes what is queued now; resolves when everything appended so far is durable (never rejects). */
  flush(): Promise<void> {
    this.seal();
    return this.tail;
  }

  /** Runs `task` after every batch queued so far and before any later one (e.g. a compaction). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.seal();
    this.inFlight += 1;
    const result = this.tail.then(task);
    this.tail = result.then(
      () => this.finished(),
      () => this.finished(),
    );
    return result;
  }

  private seal(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.current;
    if (!batch) return;
    this.current = null;
    this.sealedAt = performance.now();
    this.inFlight += 1;
    const written = this.tail.then(() => this.store.appendBatch(batch.entries));
    this.tail = written.then(batch.resolve, batch.reject).finally(() => {
      this.pending -= batch.entries.length;
      this.finished();
    });
  }

  /** Milliseconds until the next batch may be sealed: `intervalMs` after the last one was. */
  private untilNext(): number {
    return this.sealedAt + this.interval - performance.now();
  }

  /**
   * A batch or task ended: once nothing is queued, what arrived meanwhile goes as the next batch,
   * but no sooner than `intervalMs` after the last one was sealed. On a fast disk a write ends in a
   * fraction of a millisecond, and under a steady stream of updates each batch would hold only the
   * few that arrived meanwhile: a transaction, a flush and their system calls for every few updates.
   */
  private finished(): void {
    this.inFlight -= 1;
    if (this.inFlight !== 0 || !this.current || this.timer) return;
    const wait = this.untilNext();
    if (wait <= 0) this.seal();
    else this.timer = setTimeout(() => this.seal(), wait);
  }
}

function newBatch(): Batch {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const done = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A failed batch is reported to each caller of append; this keeps Node from also calling it unhandled.
  done.catch(() => undefined);
  return { entries: [], bytes: 0, done, resolve, reject };
}
