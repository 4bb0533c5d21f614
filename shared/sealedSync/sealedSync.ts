import * as Y from 'yjs';
import { randomBytes } from '@noble/ciphers/utils.js';
import type { Awareness } from 'y-protocols/awareness';
import type { KeyRing } from '../sealed/epochKeys.ts';
import { OpenError } from '../sealed/openError.ts';
import { DEVICE_ID_BYTES, openRecord, readRecordHeader, sealRecord } from '../sealed/sealedRecord.ts';
import type { RecordKind } from '../sealed/sealedRecord.ts';
import { decodeSealedMessage, encodeSealedMessage } from '../protocol/sealedMessages.ts';
import type { SealedMessage } from '../protocol/sealedMessages.ts';
import type { Role } from '../protocol/tokenPayload.ts';
import type { Refusal } from '../protocol/refusal.ts';
import { AppliedRecords } from './appliedRecords.ts';
import { LogReplica } from './logReplica.ts';
import { updateClocks } from './updateClocks.ts';
import { openUpdate, type OpenedUpdate } from './openUpdate.ts';
import { logEntry } from './labelRule.ts';
import { SealedPresence } from './sealedPresence.ts';
import { encodeSnapshotPayload, openSnapshot } from './snapshotRecord.ts';
import { TailSinceSnapshot } from './snapshotPolicy.ts';
import type { SnapshotThreshold } from './snapshotPolicy.ts';
import { EpochGate } from './epochGate.ts';
import type { LogRecord } from './epochGate.ts';
import type { AwarenessChange } from './sealedPresence.ts';
import { Outbox } from './outbox.ts';
import type { Sent } from './outbox.ts';
import { SESSION_VERSION } from './sealedSession.ts';
import type { SealedSession } from './sealedSession.ts';

/** The socket a SealedSync talks through (a browser WebSocket or `ws`, adapted by the caller). */
export interface SealedSocket {
  send(frame: Uint8Array): void;
}

/** What a SealedSync syncs, with which keys. */
export interface SealedSyncOptions {
  doc: Y.Doc;
  ring: KeyRing;
  /** The room name (`<ws>` or `<ws>/<doc>`), bound into every record. */
  room: string;
  awareness?: Awareness;
  /** This member's role and id (their token's): a commenter's own records are checked like everyone's. */
  self?: { role: Role; member: string };
  /** The relay stored one of this device's updates (`update` as sealed): for the "saved" status. */
  onStored?(update: Uint8Array): void;
  /** A record that was refused (tampered, replayed, of an epoch whose key is not held): reported, never applied. */
  onRefused?(err: OpenError, seq: number): void;
  /** When an editor uploads a snapshot (default: 500 records or 1 MB since the last one). */
  snapshotThreshold?: SnapshotThreshold;
  /** The state a previous session persisted (validated: `readSession`): resume from it. */
  session?: SealedSession;
  /** Caught up: the Yjs clocks the relay holds as far as this client knows (received, or stored and acknowledged). */
  onCaughtUp?(relayHolds: ReadonlyMap<number, number>): void;
  /** The session state changed (a record, an ack, an edit): the caller persists `session()` when it likes. */
  onChange?(): void;
}

/**
 * Syncs a Y.Doc through a sealed room (docs/private-workspaces.md): every local update is sealed
 * and appended; every record from the relay is opened, checked against replay and reordering,
 * decoded completely, then applied: an owner's or editor's at once, a commenter's once the log
 * replica has checked it against every record before it (the same verdict on every replica). Sealed records wait in the outbox until the relay says they are
 * stored, and are sent again on reconnect. On each session's first catch-up, whatever the relay has
 * not seen of the local state (work from earlier offline sessions) is sent as one update.
 */
export class SealedSync {
  /** This session's device id: counters are per device id. */
  readonly device = randomBytes(DEVICE_ID_BYTES);
  private counter = 0;
  private socket: SealedSocket | null = null;
  private readonly outbox = new Outbox();
  private log = new LogReplica();
  private caughtUp = false;
  private sentLocalState = false;
  private readonly applied: AppliedRecords;
  private readonly presence: SealedPresence | null;
  /** Clocks of everything the relay holds as far as this client knows (received, or stored and acknowledged). */
  private readonly confirmed = new Map<number, number>();
  private readonly tail: TailSinceSnapshot;
  /** Records waiting for their epoch's key, and the room's epoch floor. */
  private readonly gate: EpochGate;
  /** This device's updates the log holds under an epoch older than one before them: sent again under the newest. */
  private stale: Uint8Array[] = [];
  private readonly stopKeys: () => void;

  constructor(private readonly options: SealedSyncOptions) {
    const { awareness, ring, room } = options;
    this.tail = new TailSinceSnapshot(options.snapshotThreshold);
    this.gate = new EpochGate(ring);
    this.applied = AppliedRecords.from(options.session?.applied ?? []);
    if (options.session) this.resume(options.session);
    this.stopKeys = ring.onAdded(() => this.keysChanged());
    this.presence = awareness ? new SealedPresence(awareness, ring, room, (err) => this.refuse(err, 0)) : null;
    options.doc.on('update', this.onUpdate);
    options.awareness?.on('update', this.onAwareness);
  }

  /** Records not yet acknowledged as stored by the relay (0: “All changes saved to the relay”). */
  get pending(): number {
    return this.outbox.length;
  }

  /** Records received that wait for the key of their epoch (kept, opened once it arrives). */
  get waiting(): number {
    return this.gate.waiting;
  }

  /** True once the current connection has received everything the relay held when it connected. */
  get synced(): boolean {
    return this.socket !== null && this.caughtUp;
  }

  /** The socket is open: subscribe from the last record held; the outbox is sent once caught up. */
  connected(socket: SealedSocket): void {
    this.socket = socket;
    this.caughtUp = false;
    this.outbox.restart();
    // From the last number the log holds without a gap: records after it may have been missed.
    socket.send(encodeSealedMessage({ type: 'subscribe', after: this.log.contiguous }));
    const awareness = this.options.awareness;
    if (awareness?.getLocalState()) this.onAwareness({ added: [], updated: [awareness.clientID], removed: [] }, null);
  }

  /** The socket closed: keep sealing into the outbox until the next `connected`. */
  disconnected(): void {
    this.socket = null;
    this.caughtUp = false;
    this.log.reset();
    this.gate.reset();
  }

  /**
   * Handles one frame from the relay. Throws on a frame that is not a sealed-room message, and
   * LogGapError when the relay keeps back one record while sending many later ones: the caller
   * closes the socket (the next connection subscribes again from the gap).
   */
  receive(frame: Uint8Array): void {
    this.handle(decodeSealedMessage(frame));
    this.options.onChange?.();
  }

  private handle(message: SealedMessage): void {
    switch (message.type) {
      case 'record': {
        this.tail.noteRecord(message.seq, message.record.length);
        // One of the outbox's records stored before its ack was lost: stored, not sent again.
        const own = this.caughtUp ? undefined : this.outbox.takeStored(message.record);
        if (own) this.storedOwn(own, message.seq);
        else this.take(message);
        return this.maybeSnapshot();
      }
      case 'caughtUp':
        if (message.seq < this.log.contiguous) return this.rolledBack(message.seq);
        this.caughtUp = true;
        for (const { record } of this.outbox.unsent())
          this.socket?.send(encodeSealedMessage({ type: 'append', record }));
        this.sendLocalState();
        this.options.onCaughtUp?.(this.confirmed);
        return this.maybeSnapshot();
      case 'stored': {
        const sent = this.outbox.acknowledged();
        if (sent) this.storedOwn(sent, message.seq);
        return this.maybeSnapshot();
      }
      case 'snapshot':
        return this.receiveSnapshot(message.coversSeq, message.record);
      case 'presence':
        return this.presence?.receive(message.record, this);
      default:
        throw new Error(`the relay sent a ${message.type} message`);
    }
  }

  /** Stops listening to the document and awareness. */
  destroy(): void {
    this.options.doc.off('update', this.onUpdate);
    this.options.awareness?.off('update', this.onAwareness);
    this.stopKeys();
    this.socket = null;
    this.log.destroy();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    this.append(update);
  };

  private readonly onAwareness = (change: AwarenessChange, origin: unknown): void => {
    if (origin === this) return this.greet(change);
    const payload = this.socket ? this.presence?.own(change) : null;
    if (payload) this.sendPresence(payload);
  };

  /**
   * Received presence added someone this client did not see: they may have just connected, and the
   * relay keeps no presence to give them, so this client's own presence is sent again for them (they
   * answer ours the same way once; an update of someone already seen is not answered).
   */
  private greet({ added }: AwarenessChange): void {
    const awareness = this.options.awareness;
    if (!awareness || !this.socket || !awareness.getLocalState()) return;
    if (!added.some((client) => client !== awareness.clientID)) return;
    const payload = this.presence?.own({ added: [], updated: [awareness.clientID], removed: [] });
    if (payload) this.sendPresence(payload);
  }

  private sendPresence(payload: Uint8Array): void {
    this.socket?.send(encodeSealedMessage({ type: 'presence', record: this.seal('presence', payload) }));
  }

  /** The relay stored this device's update as record `seq`: the log replica takes it there. */
  private storedOwn({ payload, record, epoch }: Sent, seq: number): void {
    this.tail.noteRecord(seq, record.length);
    this.options.onStored?.(payload);
    if (epoch < this.gate.newestSeen) {
      // Sealed before this device had the newer key that already precedes it in the log: every
      // replica refuses it (an old epoch), so it is sent again under the newest key.
      this.log.put(seq, { kind: 'skip' });
      this.stale.push(payload);
      // Bounded whatever epoch a relay's forged header names: merged into one update every so often.
      if (this.stale.length >= 256) this.stale = [Y.mergeUpdates(this.stale)];
      return this.resendStale();
    }
    this.gate.admit(epoch);
    noteClocks(this.confirmed, payload);
    // The relay holds it now: the same record again later is a replay, as anyone's.
    this.applied.accept(readRecordHeader(record));
    const { role, member } = this.options.self ?? { role: 'editor', member: '' };
    // A commenter's own update is judged like everyone's, so this replica's log matches theirs.
    const report = (refusal: Refusal | null) =>
      refusal && this.refuse(new OpenError('not allowed', `your own ${refusal.kind}: ${refusal.detail}`), seq);
    this.log.put(seq, logEntry(this.options.room, payload, role, member, report));
  }

  private append(update: Uint8Array): void {
    const epoch = this.options.ring.current().epoch;
    const record = this.seal('update', update);
    this.outbox.push({ record, payload: update, epoch });
    if (this.caughtUp)
      for (const sent of this.outbox.unsent())
        this.socket?.send(encodeSealedMessage({ type: 'append', record: sent.record }));
    this.options.onChange?.();
  }

  private seal(kind: RecordKind, payload: Uint8Array): Uint8Array {
    const { ring, room } = this.options;
    return sealRecord(ring, room, { kind, device: this.device, counter: ++this.counter }, payload);
  }

  private sendLocalState(): void {
    if (this.sentLocalState) return;
    this.sentLocalState = true;
    // What the relay holds, and the outbox only where it continues that: an edit sealed into the
    // outbox after others that never were (made before this sync listened to the document, while
    // the session was read) must not hide them, or every other replica would miss them for good.
    const held = new Map(this.confirmed);
    for (const { payload } of this.outbox.all()) extendHeld(held, payload);
    const vector = Y.encodeStateVector(held);
    const missing = Y.encodeStateAsUpdate(this.options.doc, vector);
    const { structs, ds } = Y.decodeUpdate(missing);
    if (structs.length > 0 || ds.clients.size > 0) this.append(missing);
  }

  /** A record from the relay: opened now, or kept until its epoch's key arrives. */
  private take(item: LogRecord): void {
    const { ready, givenUp } = this.gate.take(item);
    for (const r of givenUp) {
      this.log.put(r.seq, { kind: 'skip' });
      this.refuse(new OpenError('unknown epoch', 'too many records wait for a key'), r.seq);
    }
    if (ready) this.receiveRecord(ready);
  }

  /** Keys were added (a rotation): open what waited for them, send again what was sealed too old. */
  private keysChanged(): void {
    for (const r of this.gate.release()) this.receiveRecord(r);
    this.resendStale();
  }

  private resendStale(): void {
    if (this.stale.length === 0 || this.options.ring.current().epoch < this.gate.newestSeen) return;
    const payloads = this.stale;
    this.stale = [];
    for (const payload of payloads) this.append(payload);
  }

  /** Opens a record of the log and hands it to the log replica; applies an editor's at once. */
  private receiveRecord({ record, seq, role, member }: LogRecord): void {
    let opened: OpenedUpdate;
    try {
      opened = openUpdate(this.options.ring, this.options.room, record);
      this.gate.admit(opened.epoch);
    } catch (err) {
      if (!(err instanceof OpenError)) throw err;
      this.log.put(seq, { kind: 'skip' });
      return this.options.onRefused?.(err, seq);
    }
    const header = opened;
    const entry = logEntry(this.options.room, opened.payload, role, member, (refusal) => {
      if (refusal) this.refuse(new OpenError('not allowed', `${refusal.kind}: ${refusal.detail}`), seq);
      else this.apply(header, seq);
    });
    if (entry.kind === 'apply') this.apply(header, seq);
    if (entry.kind === 'skip')
      this.refuse(new OpenError('not allowed', `a ${role}'s record in ${this.options.room}`), seq);
    this.log.put(seq, entry);
  }

  /** Applies an opened update unless it was applied already or comes out of order: reported instead. */
  private apply(opened: OpenedUpdate, seq: number): void {
    try {
      this.applied.check(opened);
    } catch (err) {
      if (err instanceof OpenError) return this.refuse(err, seq);
      throw err;
    }
    Y.applyUpdate(this.options.doc, opened.payload, this);
    this.applied.accept(opened);
    noteClocks(this.confirmed, opened.payload);
  }

  /** Opens the relay's newest snapshot and applies it (a CRDT merge) where this replica lacks what it covers. */
  private receiveSnapshot(coversSeq: number, record: Uint8Array): void {
    let state: Uint8Array;
    try {
      state = openSnapshot(this.options.ring, this.options.room, coversSeq, record);
    } catch (err) {
      if (!(err instanceof OpenError)) throw err;
      return this.refuse(err, coversSeq);
    }
    this.tail.noteSnapshot(coversSeq);
    if (coversSeq <= this.log.contiguous) return;
    Y.applyUpdate(this.options.doc, state, this);
    noteClocks(this.confirmed, state);
    this.log.startFrom(coversSeq, state);
  }

  /**
   * An editor's or owner's client, caught up, uploads a snapshot once the tail since the last one is
   * over the threshold: the log replica's document (never local work the relay has not numbered),
   * so a replica starting from it judges later records exactly as one that read every record.
   */
  private maybeSnapshot(): void {
    const role = this.options.self?.role ?? 'editor';
    const through = this.log.contiguous;
    if (!this.socket || !this.caughtUp || (role !== 'owner' && role !== 'editor') || !this.tail.due(through)) return;
    const record = this.seal('snapshot', encodeSnapshotPayload(through, this.log.state()));
    this.socket.send(encodeSealedMessage({ type: 'snapshot', coversSeq: through, record }));
    this.tail.noteSnapshot(through);
  }

  /**
   * The relay's log ends before what this client holds (it lost records, or serves an old copy):
   * reported; the log replica starts over and the caller's next connection reads the whole log.
   */
  private rolledBack(relaySeq: number): never {
    const through = this.log.contiguous;
    this.refuse(
      new OpenError('rolled back', `the relay's log ends at ${relaySeq}, this client held ${through}`),
      relaySeq,
    );
    this.log.destroy();
    this.log = new LogReplica();
    this.tail.reset();
    this.gate.restore(0, this.gate.newestSeen);
    throw new Error(`the relay's log ends at ${relaySeq}, before record ${through} this client held`);
  }

  /** The state to persist with the document, so a restart resumes here (sealedSession.ts). */
  session(): SealedSession {
    return {
      version: SESSION_VERSION,
      room: this.options.room,
      through: this.log.contiguous,
      logState: this.log.contiguous > 0 ? this.log.state() : new Uint8Array(),
      snapshotSeq: this.tail.lastSnapshot,
      floor: this.gate.floorEpoch,
      newestSeen: this.gate.newestSeen,
      applied: this.applied.export(),
      confirmed: [...this.confirmed],
      outbox: this.outbox.all().map((s) => s.record),
    };
  }

  /** Takes up a persisted session: the log from where it was, the replay guard, the outbox. */
  private resume(s: SealedSession): void {
    if (s.through > 0) {
      this.log.startFrom(s.through, s.logState);
      // The catch-up starts after `through`: what the log holds up to there must be in the document
      // too (a copy behind its session would otherwise never get it). A merge: usually nothing changes.
      Y.applyUpdate(this.options.doc, Y.diffUpdate(s.logState, Y.encodeStateVector(this.options.doc)), this);
    }
    this.tail.noteSnapshot(s.snapshotSeq);
    this.gate.restore(s.floor, s.newestSeen);
    for (const [client, clock] of s.confirmed) this.confirmed.set(client, clock);
    for (const record of s.outbox) {
      try {
        const opened = openRecord(this.options.ring, this.options.room, record);
        if (opened.kind !== 'update') continue;
        this.outbox.push({ record, payload: opened.payload, epoch: opened.epoch });
      } catch (err) {
        // Not ours after all (cannot happen unless the store was altered): its edits go with the local state.
        if (!(err instanceof OpenError)) throw err;
      }
    }
  }

  private refuse(err: OpenError, seq: number): void {
    this.options.onRefused?.(err, seq);
  }
}

/** Extends `held` by the structs of `update` that follow on from what it holds (a gap stops a client). */
function extendHeld(held: Map<number, number>, update: Uint8Array): void {
  for (const struct of Y.decodeUpdate(update).structs) {
    if (struct instanceof Y.Skip) continue;
    const { client, clock } = struct.id;
    const end = held.get(client) ?? 0;
    if (clock <= end) held.set(client, Math.max(end, clock + struct.length));
  }
}

/** Raises `state`'s clocks to those of the structs in `update`. */
function noteClocks(state: Map<number, number>, update: Uint8Array): void {
  for (const [client, clock] of updateClocks(update)) state.set(client, Math.max(clock, state.get(client) ?? 0));
}
