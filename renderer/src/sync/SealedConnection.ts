import type * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { Awareness } from 'y-protocols/awareness';
import { ACK_PARAM, MESSAGE_ROLE, TOKEN_PARAM } from '../../../shared/protocol/messages.ts';
import { SEALED_PATH } from '../../../shared/protocol/sealedMessages.ts';
import { readRolePayload } from '../../../shared/protocol/role.ts';
import { shouldRetry } from '../../../shared/protocol/closeCodes.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import type { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import { SealedSync } from '../../../shared/sealedSync/sealedSync.ts';
import { updateClocks } from '../../../shared/sealedSync/updateClocks.ts';
import { AckLedger } from './ackLedger.ts';
import { whenSaved, type DocConnection } from './docConnection.ts';
import { StatusCell } from './statusCell.ts';
import type { RelayConfig, RelayEvents } from './RelayConnection.ts';
import type { Refused, SyncStatus } from './syncStatus.ts';

const MAX_BACKOFF_MS = 10_000;

/** What a private workspace's connection needs besides the relay: its keys and who this member is. */
export interface SealedOptions {
  ring: KeyRing;
  self: { role: Role; member: string };
}

/**
 * A private workspace's document (or index) kept in step with its sealed room
 * (`<relay>/sealed/<room>`, docs/private-workspaces.md) through `SealedSync`: everything leaves
 * this computer sealed and arrives opened and checked. Status, reconnection with backoff, the
 * online switch and "saved" (the relay's acks) behave as in an ordinary workspace.
 */
export class SealedConnection implements DocConnection {
  readonly awareness: Awareness;
  private readonly sync: SealedSync;
  private readonly ledger: AckLedger;
  private readonly cell = new StatusCell();
  private socket: WebSocket | null = null;
  /** The socket this app closed itself because of what the relay sent: connect again. */
  private dropped: WebSocket | null = null;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private nextAttemptAt: number | null = null;
  private wantOnline = true;
  private refused: Refused | null = null;
  private destroyed = false;

  constructor(
    readonly doc: Y.Doc,
    readonly room: string,
    private readonly config: RelayConfig,
    sealed: SealedOptions,
    private readonly events: Pick<RelayEvents, 'onRole'> = {},
  ) {
    this.ledger = new AckLedger(`${config.url}/${room}`);
    this.awareness = new Awareness(doc);
    this.sync = new SealedSync({
      doc,
      room,
      ring: sealed.ring,
      self: sealed.self,
      awareness: this.awareness,
      onStored: (update) => {
        this.ledger.acknowledge(updateClocks(update));
        this.update();
      },
    });
    doc.on('afterTransaction', this.onTransaction);
    window.addEventListener('online', this.onNetwork);
    window.addEventListener('offline', this.onNetwork);
    this.connect();
  }

  get status(): SyncStatus {
    return this.cell.value;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    return this.cell.subscribe(listener);
  }

  setOnline(online: boolean): void {
    this.wantOnline = online;
    if (online) {
      this.refused = null;
      this.connect();
    } else this.disconnect();
    this.update();
  }

  reconnectNow(): void {
    if (this.destroyed || !this.wantOnline || this.refused || !navigator.onLine || this.socket) return;
    this.failures = 0;
    this.nextAttemptAt = null;
    this.connect();
    this.update();
  }

  failRecovery(refused: Refused): void {
    this.refused = refused;
    this.update();
  }

  whenSaved(): Promise<void> {
    return whenSaved(this);
  }

  destroy(): void {
    this.destroyed = true;
    this.disconnect();
    this.doc.off('afterTransaction', this.onTransaction);
    window.removeEventListener('online', this.onNetwork);
    window.removeEventListener('offline', this.onNetwork);
    this.cell.clear();
    this.sync.destroy();
    this.awareness.destroy();
  }

  private readonly onTransaction = (tr: Y.Transaction) => {
    if (!tr.local || tr.changed.size === 0) return;
    this.ledger.noteEdit(this.doc);
    this.update();
  };

  private readonly onNetwork = () => {
    if (navigator.onLine && this.wantOnline && !this.refused) this.connect();
    this.update();
  };

  private connect(): void {
    if (this.destroyed || this.socket || !this.wantOnline || this.refused) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const token = encodeURIComponent(this.config.token);
    const socket = new WebSocket(
      `${this.config.url}${SEALED_PATH}/${this.room}?${TOKEN_PARAM}=${token}&${ACK_PARAM}=1`,
    );
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onopen = () => {
      this.failures = 0;
      this.nextAttemptAt = null;
      this.sync.connected({ send: (frame) => socket.send(frame) });
      this.update();
    };
    socket.onmessage = (event: MessageEvent<ArrayBuffer>) => this.receive(socket, new Uint8Array(event.data));
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.sync.disconnected();
      if (socket !== this.dropped && !shouldRetry(event.code))
        this.refused = { code: event.code, kind: null, reason: event.reason };
      else this.retryLater();
      this.update();
    };
    this.update();
  }

  private receive(socket: WebSocket, frame: Uint8Array): void {
    try {
      if (frame[0] === MESSAGE_ROLE) {
        const decoder = decoding.createDecoder(frame);
        decoding.readVarUint(decoder);
        const role = readRolePayload(decoder);
        if (role) this.events.onRole?.(role);
      } else this.sync.receive(frame);
    } catch {
      // A frame that is no sealed-room message, or a relay withholding a record: start again.
      this.dropped = socket;
      socket.close();
    }
    this.update();
  }

  private retryLater(): void {
    if (this.destroyed || !this.wantOnline) return;
    const delay = Math.min(2 ** this.failures++ * 100, MAX_BACKOFF_MS);
    this.nextAttemptAt = Date.now() + delay;
    this.timer = setTimeout(() => this.connect(), delay);
  }

  private disconnect(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.nextAttemptAt = null;
    const socket = this.socket;
    this.socket = null;
    this.sync.disconnected();
    socket?.close();
  }

  private update(): void {
    this.cell.set(this.compute());
  }

  private compute(): SyncStatus {
    if (this.refused) return { state: 'refused', refused: this.refused };
    const pending = Math.max(this.ledger.pending(), this.sync.pending);
    if (!this.wantOnline || !navigator.onLine) return { state: 'offline', pending };
    if (this.socket?.readyState === WebSocket.OPEN)
      return this.sync.synced ? { state: 'online', pending } : { state: 'connecting' };
    if (this.nextAttemptAt !== null) return { state: 'reconnecting', at: this.nextAttemptAt, pending };
    return { state: 'connecting' };
  }
}
