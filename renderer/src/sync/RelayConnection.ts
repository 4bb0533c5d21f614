import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { Awareness } from 'y-protocols/awareness';
import {
  MESSAGE_ACK,
  MESSAGE_DECLINED,
  MESSAGE_ROLE,
  MESSAGE_STORAGE,
  ACK_PARAM,
  TOKEN_PARAM,
  SYNC_PATH,
} from '../../../shared/protocol/messages.ts';
import { readAckPayload, type AckedState } from '../../../shared/protocol/ack.ts';
import { readRolePayload } from '../../../shared/protocol/role.ts';
import { readStoragePayload } from '../../../shared/protocol/storage.ts';
import { CLOSE_CHANGE_REFUSED, shouldRetry } from '../../../shared/protocol/closeCodes.ts';
import { parseRefusal } from '../../../shared/protocol/refusal.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import type { OpenFailure } from '../../../shared/sealed/openError.ts';
import { AckLedger } from './ackLedger.ts';
import { OwnPresenceProvider } from './ownPresenceProvider.ts';
import { watchConnection } from './heartbeat.ts';
import type { Refused, SyncStatus } from './syncStatus.ts';
import { whenSaved, type DocConnection } from './docConnection.ts';
import { StatusCell } from './statusCell.ts';
import { markRelayOrigin } from '../storage/localWriter.ts';

export interface RelayConfig {
  /** ws:// or wss:// address of the relay, without /sync. */
  url: string;
  token: string;
}

/** What a connection reports to the workspace it belongs to. */
export interface RelayEvents {
  /** The relay announced the member's current role. */
  onRole?(role: Role): void;
  /** The relay refused a change (4406): set it aside and return to what the relay holds. */
  onChangeRefused?(refused: Refused): void;
  /** The relay declined changes for the member's role (settled, not shared). */
  onDeclined?(clocks: AckedState): void;
  /** A private workspace's room only: a record the relay sent was not opened or applied (nothing of it was). */
  onRecordIgnored?(failure: OpenFailure): void;
  /** A private workspace's room only: its session could not be saved or read here (the next start reads the whole log). */
  onSessionNotSaved?(): void;
}

const MAX_BACKOFF_MS = 10_000;

/**
 * One Y.Doc kept in sync with one relay room over the standard y-websocket protocol, plus Concord's
 * messages (acks, the member's role, declined changes, whether the relay can save), so the status it reports is true: online,
 * offline, reconnecting and when, edits waiting, refused and why. Editing never waits for it: the
 * Y.Doc is the source of truth and the connection follows.
 */
export class RelayConnection implements DocConnection {
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  private readonly ledger: AckLedger;
  private readonly cell = new StatusCell();
  private refused: Refused | null = null;
  private recovering = false;
  private wantOnline = true;
  private nextAttemptAt: number | null = null;
  /** The relay said its storage fails: it forwards edits but acknowledges none until it can save. */
  private relayCannotSave = false;
  private readonly stopWatching: () => void;

  constructor(
    readonly doc: Y.Doc,
    readonly room: string,
    config: RelayConfig,
    private readonly events: RelayEvents = {},
  ) {
    const ledgerRoom = `${config.url}/${room}`;
    this.ledger = new AckLedger(ledgerRoom);
    this.ledger.adoptOlder(doc, ledgerRoom);
    this.ledger.noteUnconfirmed(doc);
    this.awareness = new Awareness(doc);
    this.provider = new OwnPresenceProvider(config.url + SYNC_PATH, room, doc, {
      params: { [TOKEN_PARAM]: config.token, [ACK_PARAM]: '1' },
      awareness: this.awareness,
      connect: navigator.onLine, // offline: the 'online' event connects
      maxBackoffTime: MAX_BACKOFF_MS,
      // Tabs share through the relay only: a tab holding a change the relay refused must not hand it
      // to a tab that has set it aside.
      disableBc: true,
      shouldReconnect: (event) => shouldRetry(event.code),
    });
    // What the relay sends is held by it: the local copy may write it a moment later (LocalWriter).
    markRelayOrigin(this.provider);
    this.provider.messageHandlers[MESSAGE_ACK] = (_encoder, decoder) => {
      this.ledger.acknowledge(readAckPayload(decoder));
      this.update();
    };
    this.provider.messageHandlers[MESSAGE_DECLINED] = (_encoder, decoder) => {
      const clocks = readAckPayload(decoder);
      this.ledger.decline(clocks);
      this.events.onDeclined?.(clocks);
      this.update();
    };
    this.provider.messageHandlers[MESSAGE_STORAGE] = (_encoder, decoder) => {
      const canSave = readStoragePayload(decoder);
      if (canSave === null) return;
      this.relayCannotSave = !canSave;
      this.update();
    };
    this.provider.messageHandlers[MESSAGE_ROLE] = (_encoder, decoder) => {
      const role = readRolePayload(decoder);
      if (role) this.events.onRole?.(role);
    };
    this.provider.on('status', () => this.update());
    this.provider.on('sync', () => {
      if (this.provider.synced) this.nextAttemptAt = null;
      this.update();
    });
    this.provider.on('connection-close', () => {
      // The next connection is told again if the relay still cannot save.
      this.relayCannotSave = false;
      // y-websocket counts the failed attempt after this event, then waits 2^n × 100 ms (at most the maximum).
      queueMicrotask(() => {
        const delay = Math.min(2 ** this.provider.wsUnsuccessfulReconnects * 100, MAX_BACKOFF_MS);
        this.nextAttemptAt = Date.now() + delay;
        this.update();
      });
    });
    this.provider.on('closed', ({ code, reason }) => {
      const refused: Refused = { code, kind: code === CLOSE_CHANGE_REFUSED ? parseRefusal(reason) : null, reason };
      if (code === CLOSE_CHANGE_REFUSED && this.events.onChangeRefused) {
        this.recovering = true;
        this.events.onChangeRefused(refused);
      } else this.refused = refused;
      this.update();
    });
    this.stopWatching = watchConnection(this.provider);
    doc.on('afterTransaction', this.onTransaction);
    window.addEventListener('online', this.onNetwork);
    window.addEventListener('offline', this.onNetwork);
    this.update();
  }

  private onTransaction = (tr: Y.Transaction) => {
    if (!tr.local || tr.changed.size === 0) return;
    this.ledger.noteEdit(this.doc);
    this.update();
  };

  private onNetwork = () => {
    // Offline: a socket left open would only hold frames (Chromium keeps it "open" and silent) until
    // the network returns; drop it, and reconnect at once when the network is back, with a full sync.
    if (!navigator.onLine) this.provider.disconnect();
    else if (this.mayConnect) this.provider.connect();
    this.update();
  };

  private get mayConnect(): boolean {
    return this.wantOnline && !this.refused && !this.recovering;
  }

  /** Tries to reach the relay now instead of at the end of the backoff ("Reconnect now"); the backoff starts over. */
  reconnectNow(): void {
    if (!this.mayConnect || !navigator.onLine || this.provider.wsconnected) return;
    this.provider.disconnect(); // a socket still trying to open is abandoned for a fresh one
    this.provider.wsUnsuccessfulReconnects = 0;
    this.nextAttemptAt = null;
    this.provider.connect();
    this.update();
  }

  /** The current status; `subscribe` to hear changes. */
  get status(): SyncStatus {
    return this.cell.value;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    return this.cell.subscribe(listener);
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

  /** The refused change could not be set aside (the relay was unreachable): show the refusal. */
  failRecovery(refused: Refused): void {
    this.recovering = false;
    this.refused = refused;
    this.update();
  }

  /** Resolves once the relay has stored every local edit (or rejects when refused). */
  whenSaved(): Promise<void> {
    return whenSaved(this);
  }

  destroy(): void {
    this.stopWatching();
    this.doc.off('afterTransaction', this.onTransaction);
    window.removeEventListener('online', this.onNetwork);
    window.removeEventListener('offline', this.onNetwork);
    this.ledger.flush();
    this.cell.clear();
    this.provider.destroy();
    this.awareness.destroy();
  }

  private update(): void {
    this.cell.set(this.compute());
  }

  private compute(): SyncStatus {
    if (this.refused) return { state: 'refused', refused: this.refused };
    if (this.recovering) return { state: 'recovering' };
    const pending = this.ledger.pending();
    if (!this.wantOnline || !navigator.onLine) return { state: 'offline', pending };
    if (this.provider.wsconnected) {
      if (!this.provider.synced) return { state: 'connecting' };
      return this.relayCannotSave ? { state: 'online', pending, cannotSave: true } : { state: 'online', pending };
    }
    if (this.nextAttemptAt !== null && !this.provider.wsconnecting)
      return { state: 'reconnecting', at: this.nextAttemptAt, pending };
    return { state: 'connecting' };
  }
}
