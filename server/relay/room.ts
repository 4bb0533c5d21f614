import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { CLOSE_STORAGE_FAILURE } from '../../shared/protocol/closeCodes.ts';
import { NO_FANOUT } from '../fanout/fanout.ts';
import type { Fanout, PresenceMembers, RemoteSink, RoomLink } from '../fanout/fanout.ts';
import type { GroupCommit } from '../storage/groupCommit.ts';
import { mergeLog } from '../storage/mergeLog.ts';
import { summarizeDoc } from '../storage/rowSummary.ts';
import type { LogStats, UpdateStore } from '../storage/updateStore.ts';
import { awarenessFrame, awarenessUpdateFrame, syncUpdateFrame } from './frames.ts';
import type { Log } from './log.ts';
import { PresenceGate } from './presence.ts';
import type { AwarenessChange, PresenceLimits } from './presence.ts';
import type { ReviewGate } from '../../shared/review/commenterCheck/reviewGate.ts';
import { newReviewGate } from './reviewGateModule.ts';
import { relayDoc } from './relayDoc.ts';
import { RoomLog } from './roomLog.ts';
import { RoomState } from './roomState.ts';
import { RoomSendBudget } from './sendQueue.ts';
import { TransactionWatch } from './transactionWatch.ts';

/** A room's limits (docs/relay.md, Limits). */
export interface RoomLimits {
  presence: PresenceLimits;
  /** Bytes all its connections may have waiting to be sent. */
  maxSendQueueBytes: number;
}

/** Generous defaults for rooms made outside the relay's configuration (tests). */
const DEFAULT_ROOM_LIMITS: RoomLimits = {
  presence: { maxStateBytes: 8192, maxPerConnection: 16, maxRoomBytes: 4 << 20 },
  maxSendQueueBytes: 64 << 20,
};

/** Origin of what another relay instance accepted (or storage held): forwarded, never stored or published again. */
const REMOTE = Symbol('remote');
/** Origin of the relay's own changes (Yjs's clean-up of formatting after a remote change): stored, sent to every peer. */
const RELAY = Symbol('relay');

/** What a room needs from a connection. */
export interface Peer {
  /** Its token's id: connections of one member may take over each other's presence. */
  readonly member?: string;
  /** False until the room is loaded and the peer has been greeted; such peers get no broadcasts. */
  readonly started: boolean;
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** A room's collaborators. */
export interface RoomDeps {
  store: UpdateStore;
  commit: GroupCommit;
  compactEvery: number;
  log: Log;
  limits?: RoomLimits;
  /** Other relay instances (none by default). */
  fanout?: Fanout;
  /** Counts every update applied: accepted here ('local') or from another instance ('remote'). */
  onApplied?(source: 'local' | 'remote'): void;
  /** Called when the last peer left (the registry unloads later) or storage failed. */
  onIdle(room: Room): void;
  onFailed(room: Room): void;
}

/**
 * One loaded document (or workspace index): its state (a Y.Doc built only when needed), presence,
 * peers, and its stored log. An accepted update is forwarded to the other peers at once, as the
 * frame it arrived in, and appended to the log as it arrived (group commit); nothing is encoded
 * again. `durable()` says when everything applied so far is on disk. With other relay instances,
 * what this one stored is published after it is stored, and what they publish is applied with
 * origin REMOTE.
 */
export class Room implements RemoteSink {
  /** Presence needs a Y.Doc only for its own client id: a tiny one, not the room's. */
  readonly awareness = new Awareness(relayDoc());
  /** Presence behind ownership and byte limits; every awareness change passes through it. */
  readonly presence: PresenceGate<Peer>;
  /** Bytes handed to this room's sockets and not yet written. */
  readonly sendBudget: RoomSendBudget;
  readonly state = new RoomState((doc) => this.watch.attach(doc));
  readonly peers = new Set<Peer>();
  readonly ready: Promise<void>;
  unloadTimer: NodeJS.Timeout | null = null;
  private readonly log: RoomLog;
  private readonly watch = new TransactionWatch();
  private gate: ReviewGate | null = null;
  private failed = false;
  private link: RoomLink | null = null;

  constructor(
    readonly name: string,
    private readonly deps: RoomDeps,
    after: Promise<void>,
  ) {
    this.awareness.setLocalState(null);
    const limits = deps.limits ?? DEFAULT_ROOM_LIMITS;
    this.presence = new PresenceGate<Peer>(this.awareness, limits.presence, (change, origin, asApplied, frame) =>
      this.onAwareness(change, origin, asApplied, frame),
    );
    this.sendBudget = new RoomSendBudget(limits.maxSendQueueBytes);
    this.log = new RoomLog(name, {
      store: deps.store,
      commit: deps.commit,
      compactEvery: deps.compactEvery,
      log: deps.log,
      // With other instances the store may hold rows this document has not applied yet: it merges itself.
      snapshot: () =>
        (deps.fanout ?? NO_FANOUT) === NO_FANOUT && this.state.isBuilt
          ? { update: Y.encodeStateAsUpdate(this.doc), summary: summarizeDoc(this.doc) }
          : null,
      stored: (updates) => {
        if (this.link) for (const update of updates) this.link.publish(update);
      },
      failed: (err) => this.fail(err),
    });
    this.ready = after.then(() => this.load());
    this.ready.catch(() => undefined);
  }

  /** The room's Y.Doc (gc off: the relay keeps deleted content, so clients joining later can rebuild versions); built on first use. */
  get doc(): Y.Doc {
    return this.state.doc;
  }

  /** Checks commenters' updates and applies every accepted one once made: the first commenter update makes it. */
  get review(): ReviewGate {
    return (this.gate ??= newReviewGate(this.doc));
  }

  /** Applies an accepted update: through the ReviewGate once a commenter wrote (it keeps its copy in step), directly before. */
  private applyAccepted(update: Uint8Array, origin: Peer): void {
    if (this.gate) this.gate.apply(update, origin);
    else Y.applyUpdate(this.doc, update, origin);
  }

  /** Size of the stored log (and of what other instances stored, once applied here). */
  get stats(): LogStats {
    return this.log.stats;
  }

  private async load(): Promise<void> {
    const fanout = this.deps.fanout ?? NO_FANOUT;
    // The stream position first: what was published before it is in storage (see Fanout.position).
    const position = await fanout.position(this.name);
    const log = await this.deps.store.load(this.name);
    this.state.load(log.updates, log.summary);
    this.log.loaded(log);
    this.link = fanout.link(this.name, position, this);
  }

  /**
   * Applies an accepted update from `peer` and, when it changed anything, stores it and forwards
   * `frame` (the sync update message it came in) to the other peers. Returns the clocks it moved.
   * A malformed update throws; what it applied before failing is stored and forwarded first, so
   * that the room's document, its log and its peers never disagree.
   */
  applyFrom(peer: Peer, update: Uint8Array, frame: Uint8Array | null): Map<number, number> {
    const doc = this.doc;
    const watched = this.watch.start(doc);
    try {
      this.applyAccepted(update, peer);
    } catch (err) {
      const partial = this.watch.appliedSince(doc, watched);
      if (partial) this.accept(partial, peer, null);
      this.acceptOwn();
      throw err;
    }
    const moved = this.watch.moved();
    if (this.watch.changed(doc, watched, moved)) this.accept(update, peer, frame);
    this.acceptOwn();
    return moved;
  }

  /**
   * Applies an update whose content may be partly known already (a client's sync step 2 carries its
   * whole delete set): stores and forwards only what is new, as Yjs encodes it.
   */
  applyExact(peer: Peer | typeof REMOTE, update: Uint8Array): Map<number, number> {
    const doc = this.doc;
    const fresh: Array<[Uint8Array, Peer | typeof REMOTE | typeof RELAY]> = [];
    // The update's own transaction, then Yjs's clean-up of formatting marks (the relay's own change).
    const capture = (u: Uint8Array, origin: unknown) => void fresh.push([u, origin === peer ? peer : RELAY]);
    doc.on('update', capture);
    this.watch.start(doc);
    let moved: Map<number, number>;
    try {
      if (peer === REMOTE) Y.applyUpdate(doc, update, REMOTE);
      else this.applyAccepted(update, peer);
      moved = this.watch.moved();
    } finally {
      doc.off('update', capture);
      this.watch.finish();
      for (const [u, origin] of fresh) this.accept(u, origin, null);
    }
    return moved;
  }

  /** An update another instance accepted and stored. */
  applyRemote(update: Uint8Array): void {
    const doc = this.doc;
    const watched = this.watch.start(doc);
    try {
      Y.applyUpdate(doc, update, REMOTE);
      if (this.watch.changed(doc, watched)) this.accept(update, REMOTE, null);
    } finally {
      this.acceptOwn();
    }
  }

  /** Presence of another instance's clients. */
  applyRemoteAwareness(update: Uint8Array, members: PresenceMembers): void {
    this.presence.applyRemote(update, REMOTE, members);
  }

  /** The presence states this instance's own peers introduced, encoded with their members, or null when there are none. */
  localAwareness(): { update: Uint8Array; members: PresenceMembers } | null {
    const mine = this.presence.localClients();
    if (mine.length === 0) return null;
    return { update: encodeAwarenessUpdate(this.awareness, mine), members: this.presence.membersOf(mine) };
  }

  /** Applies the whole stored log again (the fan-out lost track); peers receive what they lacked. */
  async reload(): Promise<void> {
    const log = await this.deps.store.load(this.name);
    if (log.updates.length > 0) this.applyExact(REMOTE, mergeLog(log.updates));
    this.log.loaded({ rows: log.rows, bytes: Math.max(log.bytes, this.log.stats.bytes) });
  }

  /** Adds a peer; it is greeted by its connection once `ready` resolves. */
  join(peer: Peer): void {
    this.peers.add(peer);
  }

  /** Removes a peer and the presence states it introduced (not those of anybody else). */
  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    this.presence.release(peer);
    if (this.peers.size === 0) this.deps.onIdle(this);
  }

  /** Resolves when every update applied so far is durable; rejects if storing one failed. */
  durable(): Promise<void> {
    return this.log.durable();
  }

  /** Flushes, merges the log when it holds more than one row, and frees the document. */
  async close(): Promise<void> {
    this.link?.close();
    await this.log.close(!this.failed);
    this.gate?.dispose();
    this.awareness.destroy();
    this.state.destroy();
  }

  /** Stores and sends the clean-up Yjs ran after the last update, if it deleted anything. */
  private acceptOwn(): void {
    for (const update of this.watch.finish()) this.accept(update, RELAY, null);
  }

  /** Counts, stores (unless another instance did) and forwards an applied update. */
  private accept(update: Uint8Array, origin: Peer | typeof REMOTE | typeof RELAY, frame: Uint8Array | null): void {
    this.deps.onApplied?.(origin === REMOTE ? 'remote' : 'local');
    if (origin === REMOTE) this.log.grew(update.length);
    else this.log.append(update);
    const forward = frame ?? syncUpdateFrame(update);
    for (const peer of this.peers) if (peer !== origin && peer.started) peer.send(forward);
  }

  /**
   * Sends a presence change to the other peers: as the sender's message or update when that is
   * exactly the change (the usual case: nothing encoded again), else encoded from the room's states.
   */
  private onAwareness(
    change: AwarenessChange,
    origin: unknown,
    asApplied: Uint8Array | null,
    asAppliedFrame: Uint8Array | null,
  ): void {
    const sender = this.peers.has(origin as Peer) ? (origin as Peer) : null;
    const frame =
      asAppliedFrame ??
      (asApplied ? awarenessUpdateFrame(asApplied) : awarenessFrame(this.awareness, changedIds(change)));
    for (const peer of this.peers) if (peer !== sender && peer.started) peer.send(frame);
    // Other instances time out stale presence themselves; they get what our own peers did.
    // A sender's entries are all its own: applyFrom kept no other.
    if (this.link && (sender || origin === 'relay')) {
      const ids = changedIds(change);
      this.link.publishAwareness(
        asApplied ?? encodeAwarenessUpdate(this.awareness, ids),
        sender?.member === undefined ? new Map() : new Map(ids.map((id) => [id, sender.member!])),
      );
    }
  }

  private fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.deps.log(`room ${this.name}: storing an update failed, closing its connections: ${String(err)}`);
    this.link?.close();
    this.deps.onFailed(this);
    for (const peer of this.peers) peer.close(CLOSE_STORAGE_FAILURE, 'relay storage failure');
  }
}

/** The clients a presence change names. */
function changedIds({ added, updated, removed }: AwarenessChange): number[] {
  return [...added, ...updated, ...removed];
}
