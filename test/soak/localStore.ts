import * as Y from 'yjs';

/**
 * What a simulated member has written locally, standing in for the app's IndexedDB. Its own edits
 * are written at once (the app's write-ahead log writes them in the keystroke's task); what arrives
 * from the relay is written a little later (y-indexeddb's asynchronous transaction), so a process
 * that dies in between loses it, as the app would (the relay still has it).
 */
export class LocalStore {
  private written: Uint8Array[] = [];
  private queued: Uint8Array[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly delayMs = 30) {}

  /** Writes an update now. */
  writeNow(update: Uint8Array): void {
    this.written.push(update);
    // One merged entry instead of thousands, as y-indexeddb compacts its store.
    if (this.written.length > 500) this.written = [Y.mergeUpdates(this.written)];
  }

  /** Queues an update for the next write. */
  writeLater(update: Uint8Array): void {
    this.queued.push(update);
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  /** Writes what is queued. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const update of this.queued.splice(0)) this.writeNow(update);
  }

  /** The process died: what was queued is gone. Returns how many updates were lost. */
  crash(): number {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.queued.splice(0).length;
  }

  /** Everything written, as one update (empty when nothing was). */
  load(): Uint8Array | null {
    return this.written.length > 0 ? Y.mergeUpdates(this.written) : null;
  }
}
