import type { SyncStatus } from './syncStatus.ts';

/** A connection's current status and its listeners, told only when the status really changes. */
export class StatusCell {
  private current: SyncStatus = { state: 'connecting' };
  private readonly listeners = new Set<(status: SyncStatus) => void>();

  get value(): SyncStatus {
    return this.current;
  }

  /** Hears the status now and at every change; returns the unsubscribe. */
  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  /** Takes the newly computed status; listeners hear it when it differs from the last. */
  set(next: SyncStatus): void {
    const same = JSON.stringify(next) === JSON.stringify(this.current);
    this.current = next;
    if (!same) this.listeners.forEach((l) => l(next));
  }

  clear(): void {
    this.listeners.clear();
  }
}
