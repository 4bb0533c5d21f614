import type { GroupCommit } from '../storage/groupCommit.ts';
import type { LogStats, RowSummary, UpdateStore } from '../storage/updateStore.ts';
import type { Log } from './log.ts';

/** Compaction also happens once this many times `compactEvery` rows wait, however small they are. */
const ROWS_CAP_FACTOR = 20;

/** What a room's log needs. */
export interface RoomLogDeps {
  store: UpdateStore;
  commit: GroupCommit;
  compactEvery: number;
  log: Log;
  /**
   * The room's whole document as one update, with its summary, when it holds exactly what the
   * room's stored log holds (no other instance writes the room) and is built; null otherwise (the
   * store merges).
   */
  snapshot?(): { update: Uint8Array; summary: RowSummary } | null;
  /** Called with what one group commit stored for the room, in order (for the other instances). */
  stored(updates: readonly Uint8Array[]): void;
  failed(err: unknown): void;
}

/**
 * A room's stored update log: appends go through the group commit (one promise reaction per
 * commit, not per update), and the log is merged into one row now and then. Merging costs the
 * whole document, so it waits until the rows added since the last merge weigh as much as the
 * merged row (or there are `compactEvery` × 20 of them), and at least `compactEvery` rows: the
 * total work stays proportional to what was written, instead of growing with the document at
 * every `compactEvery` rows. When the room's document is built it is the merge: encoding it costs a
 * fraction of replaying the log (which was a fifth of the relay's CPU on the recorded sessions).
 */
export class RoomLog {
  stats: LogStats = { rows: 0, bytes: 0 };
  /** Bytes of the log's merged part: what the last compaction (or the load) left. */
  private base = 0;
  private lastWrite: Promise<void> = Promise.resolve();
  private batch: Uint8Array[] | null = null;
  /** The compaction running, if any: closing waits for it before merging what came after. */
  private compacting: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    private readonly deps: RoomLogDeps,
  ) {}

  /** The log as loaded from storage. */
  loaded(stats: LogStats): void {
    this.stats = { ...stats };
    this.base = stats.rows <= 1 ? stats.bytes : 0;
  }

  /** Appends an update; `durable()` covers it from now on. */
  append(update: Uint8Array): void {
    this.stats.rows += 1;
    this.stats.bytes += update.length;
    const write = this.deps.commit.append(this.name, update);
    if (write !== this.lastWrite || !this.batch) {
      this.lastWrite = write;
      const batch: Uint8Array[] = [];
      this.batch = batch;
      write.then(
        () => {
          if (this.batch === batch) this.batch = null;
          this.deps.stored(batch);
          if (this.due()) void this.compact();
        },
        (err: unknown) => this.deps.failed(err),
      );
    }
    this.batch.push(update);
  }

  /** Counts bytes applied but not stored here (another instance stored them). */
  grew(bytes: number): void {
    this.stats.bytes += bytes;
  }

  /** Resolves when every update appended so far is durable; rejects if storing one failed. */
  durable(): Promise<void> {
    return this.lastWrite;
  }

  /** Writes what waits and merges the log when it holds more than one row (the room is unloading). */
  async close(merge: boolean): Promise<void> {
    await this.deps.commit.flush();
    // A compaction already running merged only the rows before it: wait for it, then merge the rest.
    if (this.compacting) await this.compacting;
    if (merge && this.stats.rows > 1) await this.compact();
  }

  private due(): boolean {
    const { rows, bytes } = this.stats;
    if (rows < this.deps.compactEvery) return false;
    return bytes - this.base >= this.base || rows >= ROWS_CAP_FACTOR * this.deps.compactEvery;
  }

  private compact(): Promise<void> {
    this.compacting ??= this.runCompaction().finally(() => (this.compacting = null));
    return this.compacting;
  }

  private async runCompaction(): Promise<void> {
    const before = { ...this.stats };
    try {
      // Taken now: it holds every update appended so far, which are exactly the batches written
      // before the compaction (exclusive() seals the one still open).
      const merged = this.deps.snapshot?.() ?? null;
      const after = await this.deps.commit.exclusive(() =>
        this.deps.store.compact(this.name, merged?.update, merged?.summary),
      );
      // Rows appended while the compaction waited its turn are kept beside the merged row.
      this.stats = {
        rows: after.rows + this.stats.rows - before.rows,
        bytes: after.bytes + this.stats.bytes - before.bytes,
      };
      this.base = after.bytes;
    } catch (err) {
      this.deps.log(`room ${this.name}: compaction failed: ${String(err)}`);
    }
  }
}
