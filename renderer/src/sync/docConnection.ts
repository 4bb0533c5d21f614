import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { Refused, SyncStatus } from './syncStatus.ts';

/**
 * One Y.Doc kept in step with one relay room: an ordinary room (`RelayConnection`, y-websocket) or
 * a private workspace's sealed room (`SealedConnection`). Views and the workspace see only this.
 */
export interface DocConnection {
  readonly doc: Y.Doc;
  readonly room: string;
  /** Who is connected, their carets and names. */
  readonly awareness: Awareness;
  /** The current status; `subscribe` to hear changes. */
  readonly status: SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** Stops talking to the relay (edits continue locally) or resumes. */
  setOnline(online: boolean): void;
  /** "Reconnect now": tries at once while waiting to reconnect, its backoff started over. */
  reconnectNow(): void;
  /** The refused change could not be set aside: show the refusal. */
  failRecovery(refused: Refused): void;
  /** Resolves once the relay has stored every local edit (or rejects when refused). */
  whenSaved(): Promise<void>;
  destroy(): void;
}

/** Resolves once `connection` is online with nothing waiting; rejects when it is refused. */
export function whenSaved(connection: Pick<DocConnection, 'subscribe'>): Promise<void> {
  return new Promise((resolve, reject) => {
    const off = connection.subscribe((s) => {
      if (s.state === 'online' && s.pending === 0) resolve();
      else if (s.state === 'refused' || s.state === 'recovering') reject(new Error('refused'));
      else return;
      queueMicrotask(() => off());
    });
  });
}
