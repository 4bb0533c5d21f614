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
import type { SealedSession } from '../../../shared/sealedSync/sealedSession.ts';
import type { SessionStore } from '../storage/sealedSessionStore.ts';
import { claimSession } from './sessionClaim.ts';
import { updateClocks } from '../../../shared/sealedSync/updateClocks.ts';
import { AckLedger } from './ackLedger.ts';
import { whenSaved, type DocConnection } from './docConnection.ts';
import { StatusCell } from './statusCell.ts';
import type { RelayConfig, RelayEvents } from './RelayConnection.ts';
import type { Refused, SyncStatus } from './syncStatus.ts';

const MAX_BACKOFF_MS = 10_000;
/** The session is saved at most this often while it changes (and when the connection ends). */
const SAVE_EVERY_MS = 2_000;

/** What a private workspace's connection needs besides the relay: its keys and who this member is. */
export interface SealedOptions {
  ring: KeyRing;
  self: { role: Role; member: string };
  /** Where the room's session is kept beside the document; none: every start reads the whole log. */
  store?: SessionStore;
}

/**
 * A private workspace's document (or index) kept in step with its sealed room
 * (`<relay>/sealed/<room>`, docs/private-workspaces.md) through `SealedSync`: everything leaves
 * this computer sealed and arrives opened and checked. Status, reconnection with backoff, the
 * online switch and "saved" (the relay's acks) behave as in an ordinary workspace.
 */
export class SealedConnection implements DocConnection {
  readonly awareness: Awareness;
  /** Made once the saved session is read (until then the connection is “connecting”). */
  private sync: SealedSync | null = null;
  /** Gives back the claim on the saved session; null while this connection does not hold it. */
  private release: (() => void) | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
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
    private readonly sealed: SealedOptions,
    private readonly events: Pick<RelayEvents, 'onRole' | 'onRecordIgnored' | 'onSessionNotSaved'> = {},
  ) {
    this.ledger = new AckLedger(`${config.url}/${room}`);
    this.awareness = new Awareness(doc);
    doc.on('afterTransaction', this.onTransaction);
    window.addEventListener('online', this.onNetwork);
    window.addEventListener('offline', this.onNetwork);
    window.addEventListener('pagehide', this.save);
    void this.start();
  }

  /**
   * Resumes the session saved with the document when this connection can claim it (none in
   * another tab or connection), then connects. Edits made meanwhile go with the first catch-up.
   */
  private async start(): Promise<void> {
    const { store } = this.sealed;
    let session: SealedSession | null = null;
    if (store) {
      this.release = await claimSession(`concord.sealed-session ${this.config.url}/${this.room}`);
      if (!this.release) console.warn(`${this.room}: open elsewhere; this connection reads the log from the start`);
      else session = await store.load().catch((err: unknown) => this.sessionFailed(`not read: ${String(err)}`));
    }
    if (this.destroyed) return this.release?.();
    this.sync = new SealedSync({
      doc: this.doc,
      room: this.room,
      ring: this.sealed.ring,
      self: this.sealed.self,
      awareness: this.awareness,
      session: session ?? undefined,
      onStored: (update) => {
        this.ledger.acknowledge(updateClocks(update));
        this.update();
      },
      // What another connection (a background sync, an earlier session) saw stored counts as saved here too.
      onCaughtUp: (holds) => {
        this.ledger.acknowledge(new Map(holds));
        this.update();
      },
      onRefused: (err) => {
        console.warn(`${this.room}: ${err.message}`);
        this.events.onRecordIgnored?.(err.failure);
      },
      onChange: () => this.scheduleSave(),
    });
    this.connect();
  }

  private scheduleSave(): void {
    if (!this.release || this.saveTimer) return;
    this.saveTimer = setTimeout(this.save, SAVE_EVERY_MS);
  }

  /** Saves the session now (when this connection holds it); resolves once stored. */
  private readonly save = (): Promise<void> => {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (!this.release || !this.sync || !this.sealed.store) return Promise.resolve();
    return this.sealed.store
      .save(this.sync.session())
      .catch((err: unknown) => void this.sessionFailed(`not saved: ${String(err)}`));
  };

  /**
   * The session could not be read or saved: said in the log and to the workspace (the person is
   * told), unless this connection has ended (its document may have been erased meanwhile).
   */
  private sessionFailed(what: string): null {
    console.warn(`${this.room}: session ${what}`);
    if (!this.destroyed) this.events.onSessionNotSaved?.();
    return null;
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
    window.removeEventListener('pagehide', this.save);
    this.ledger.flush();
    this.cell.clear();
    // The last state is taken now; the claim is given back once it is stored.
    const release = this.release;
    void this.save().finally(() => release?.());
    this.release = null;
    this.sync?.destroy();
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
    const sync = this.sync;
    if (!sync || this.destroyed || this.socket || !this.wantOnline || this.refused) return;
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
      sync.connected({ send: (frame) => socket.send(frame) });
      this.update();
    };
    socket.onmessage = (event: MessageEvent<ArrayBuffer>) => this.receive(socket, new Uint8Array(event.data));
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      sync.disconnected();
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
      } else this.sync?.receive(frame);
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
    this.sync?.disconnected();
    socket?.close();
  }

  private update(): void {
    this.cell.set(this.compute());
  }

  private compute(): SyncStatus {
    if (this.refused) return { state: 'refused', refused: this.refused };
    const pending = Math.max(this.ledger.pending(), this.sync?.pending ?? 0);
    if (!this.wantOnline || !navigator.onLine) return { state: 'offline', pending };
    if (this.socket?.readyState === WebSocket.OPEN)
      return this.sync?.synced ? { state: 'online', pending } : { state: 'connecting' };
    if (this.nextAttemptAt !== null) return { state: 'reconnecting', at: this.nextAttemptAt, pending };
    return { state: 'connecting' };
  }
}
