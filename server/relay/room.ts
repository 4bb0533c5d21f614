import * as Y from 'yjs';
import { mergeLog } from '../storage/mergeLog.ts';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { CLOSE_STORAGE_FAILURE } from '../../shared/protocol/closeCodes.ts';
import { NO_FANOUT } from '../fanout/fanout.ts';
import type { Fanout, RemoteSink, RoomLink } from '../fanout/fanout.ts';
import type { GroupCommit } from '../storage/groupCommit.ts';
import type { LogStats, UpdateStore } from '../storage/updateStore.ts';
import { awarenessFrame, syncUpdateFrame } from './frames.ts';
import type { Log } from './log.ts';
import { PresenceGate } from './presence.ts';
import type { AwarenessChange, PresenceLimits } from './presence.ts';
import { ReviewGate } from './review/reviewGate.ts';
import { RoomSendBudget } from './sendQueue.ts';

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
 * One loaded document (or workspace index): its Y.Doc, presence, peers, and its stored log. Updates
 * applied to the doc are forwarded to the other peers at once and appended to the log (group commit);
 * `durable()` says when everything applied so far is on disk. With other relay instances, what this
 * one stored is published after it is stored, and what they publish is applied with origin REMOTE.
 */
export class Room implements RemoteSink {
  /** gc off: the relay must keep deleted content, or clients joining later could not rebuild versions. */
  readonly doc = new Y.Doc({ gc: false });
  readonly awareness = new Awareness(this.doc);
  /** Presence behind ownership and byte limits; every awareness change passes through it. */
  readonly presence: PresenceGate<Peer>;
  /** Bytes handed to this room's sockets and not yet written. */
  readonly sendBudget: RoomSendBudget;
  /** Checks commenters' updates; idle (no copy, no listener) until a commenter writes. */
  readonly review = new ReviewGate(this.doc);
  readonly peers = new Set<Peer>();
  readonly ready: Promise<void>;
  stats: LogStats = { rows: 0, bytes: 0 };
  unloadTimer: NodeJS.Timeout | null = null;
  private lastWrite: Promise<void> = Promise.resolve();
  private compacting = false;
  private failed = false;
  private link: RoomLink | null = null;

  constructor(
    readonly name: string,
    private readonly deps: RoomDeps,
    after: Promise<void>,
  ) {
    this.awareness.setLocalState(null);
    const limits = deps.limits ?? DEFAULT_ROOM_LIMITS;
    this.presence = new PresenceGate<Peer>(this.awareness, limits.presence, (change, origin) =>
      this.onAwareness(change, origin),
    );
    this.sendBudget = new RoomSendBudget(limits.maxSendQueueBytes);
    this.ready = after.then(() => this.load());
    this.ready.catch(() => undefined);
  }

  private async load(): Promise<void> {
    const fanout = this.deps.fanout ?? NO_FANOUT;
    // The stream position first: what was published before it is in storage (see Fanout.position).
    const position = await fanout.position(this.name);
    const log = await this.deps.store.load(this.name);
    if (log.updates.length > 0) Y.applyUpdate(this.doc, mergeLog(log.updates), this);
    this.stats = { rows: log.rows, bytes: log.bytes };
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
    this.link = fanout.link(this.name, position, this);
  }

  /** An update another instance accepted and stored. */
  applyRemote(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, REMOTE);
  }

  /** Presence of another instance's clients. */
  applyRemoteAwareness(update: Uint8Array): void {
    this.presence.applyRemote(update, REMOTE);
  }

  /** The presence states this instance's own peers introduced, encoded, or null when there are none. */
  localAwareness(): Uint8Array | null {
    const mine = this.presence.localClients();
    return mine.length > 0 ? encodeAwarenessUpdate(this.awareness, mine) : null;
  }

  /** Applies the whole stored log again (the fan-out lost track); peers receive what they lacked. */
  async reload(): Promise<void> {
    const log = await this.deps.store.load(this.name);
    if (log.updates.length > 0) Y.applyUpdate(this.doc, mergeLog(log.updates), REMOTE);
    this.stats = { rows: log.rows, bytes: Math.max(log.bytes, this.stats.bytes) };
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
    return this.lastWrite;
  }

  /** Flushes, merges the log when it holds more than one row, and frees the document. */
  async close(): Promise<void> {
    this.link?.close();
    await this.deps.commit.flush();
    if (!this.failed && this.stats.rows > 1) await this.compact();
    this.review.dispose();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    this.stats.bytes += update.length;
    this.deps.onApplied?.(origin === REMOTE ? 'remote' : 'local');
    if (origin !== REMOTE) this.store(update);
    const frame = syncUpdateFrame(update);
    for (const peer of this.peers) if (peer !== origin && peer.started) peer.send(frame);
  }

  /** Appends to the log; once stored (in order), publishes to the other instances. */
  private store(update: Uint8Array): void {
    this.stats.rows += 1;
    const write = this.deps.commit.append(this.name, update);
    this.lastWrite = write;
    write.then(
      () => {
        this.link?.publish(update);
        if (this.stats.rows >= this.deps.compactEvery) void this.compact();
      },
      (err: unknown) => this.fail(err),
    );
  }

  private onAwareness({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const sender = this.peers.has(origin as Peer) ? (origin as Peer) : null;
    const changed = [...added, ...updated, ...removed];
    const frame = awarenessFrame(this.awareness, changed);
    for (const peer of this.peers) if (peer !== sender && peer.started) peer.send(frame);
    // Other instances time out stale presence themselves; they get what our own peers did.
    if (sender || origin === 'relay') this.link?.publishAwareness(encodeAwarenessUpdate(this.awareness, changed));
  }

  private async compact(): Promise<void> {
    if (this.compacting) return;
    this.compacting = true;
    const before = { ...this.stats };
    try {
      const after = await this.deps.commit.exclusive(() => this.deps.store.compact(this.name));
      // Rows appended while the compaction waited its turn are kept beside the merged row.
      this.stats = {
        rows: after.rows + this.stats.rows - before.rows,
        bytes: after.bytes + this.stats.bytes - before.bytes,
      };
    } catch (err) {
      this.deps.log(`room ${this.name}: compaction failed: ${String(err)}`);
    } finally {
      this.compacting = false;
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
