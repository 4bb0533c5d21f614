import type * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { Awareness } from 'y-protocols/awareness';
import { MESSAGE_ACK, ACK_PARAM, TOKEN_PARAM, SYNC_PATH } from '../../../shared/protocol/messages.ts';
import { readAckPayload } from '../../../shared/protocol/ack.ts';
import { shouldRetry } from '../../../shared/protocol/closeCodes.ts';
import { AckLedger } from './ackLedger.ts';
import type { SyncStatus } from './syncStatus.ts';

export interface RelayConfig {
  /** ws:// or wss:// address of the relay, without /sync. */
  url: string;
  token: string;
}

/**
 * One Y.Doc kept in sync with one relay room over the standard y-websocket protocol, plus Concord's
 * acknowledgement message, so the status it reports ("all changes saved", "N waiting") is true.
 * Editing never waits for it: the Y.Doc is the source of truth and the connection follows.
 */
export class RelayConnection {
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  private readonly ledger: AckLedger;
  private listeners = new Set<(status: SyncStatus) => void>();
  private refused: { code: number; reason: string } | null = null;
  private wantOnline = true;
  private current: SyncStatus = { state: 'connecting' };

  constructor(
    readonly doc: Y.Doc,
    readonly room: string,
    config: RelayConfig,
  ) {
    this.ledger = new AckLedger(`${config.url}/${room}`);
    this.awareness = new Awareness(doc);
    this.provider = new WebsocketProvider(config.url + SYNC_PATH, room, doc, {
      params: { [TOKEN_PARAM]: config.token, [ACK_PARAM]: '1' },
      awareness: this.awareness,
      maxBackoffTime: 10_000,
      shouldReconnect: (event) => shouldRetry(event.code),
    });
    this.provider.messageHandlers[MESSAGE_ACK] = (_encoder, decoder) => {
      this.ledger.acknowledge(readAckPayload(decoder));
      this.update();
    };
    this.provider.on('status', () => this.update());
    this.provider.on('sync', () => this.update());
    this.provider.on('closed', ({ code, reason }) => {
      this.refused = { code, reason };
      this.update();
    });
    doc.on('afterTransaction', this.onTransaction);
    this.update();
  }

  private onTransaction = (tr: Y.Transaction) => {
    if (!tr.local || tr.changed.size === 0) return;
    this.ledger.noteLocalClient(this.doc.clientID);
    this.update();
  };

  /** The current status; `subscribe` to hear changes. */
  get status(): SyncStatus {
    return this.current;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  /** Stops talking to the relay (edits continue locally) or resumes. */
  setOnline(online: boolean): void {
    this.wantOnline = online;
    if (online) {
      this.refused = null;
      this.provider.connect();
    } else this.provider.disconnect();
    this.update();
  }

  /** Resolves once the relay has acknowledged every local change (or rejects when refused). */
  whenSaved(): Promise<void> {
    return new Promise((resolve, reject) => {
      const off = this.subscribe((s) => {
        if (s.state === 'saved') resolve();
        else if (s.state === 'refused') reject(new Error(`relay closed the connection (${s.code}): ${s.reason}`));
        else return;
        queueMicrotask(() => off());
      });
    });
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
    this.listeners.clear();
    this.provider.destroy();
    this.awareness.destroy();
  }

  private update(): void {
    const next = this.compute();
    const same = next.state === this.current.state && JSON.stringify(next) === JSON.stringify(this.current);
    this.current = next;
    if (!same) this.listeners.forEach((l) => l(next));
  }

  private compute(): SyncStatus {
    if (this.refused) return { state: 'refused', ...this.refused };
    const pending = this.ledger.pending(this.doc);
    if (!this.wantOnline) return { state: 'offline', pending };
    if (!this.provider.wsconnected)
      return this.provider.wsconnecting ? { state: 'connecting' } : { state: 'offline', pending };
    if (!this.provider.synced) return { state: 'connecting' };
    return pending === 0 ? { state: 'saved' } : { state: 'waiting', pending };
  }
}
