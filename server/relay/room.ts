import * as Y from 'yjs';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import { CLOSE_MALFORMED, CLOSE_STORAGE_FAILURE } from '../../shared/protocol/closeCodes.ts';
import type { GroupCommit } from '../storage/groupCommit.ts';
import type { LogStats, UpdateStore } from '../storage/updateStore.ts';
import { awarenessFrame, syncUpdateFrame } from './frames.ts';
import type { Log } from './log.ts';

const MAX_PRESENCE_PER_PEER = 16;

/** What a room needs from a connection. */
export interface Peer {
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
  /** Called when the last peer left (the registry unloads later) or storage failed. */
  onIdle(room: Room): void;
  onFailed(room: Room): void;
}

/**
 * One loaded document (or workspace index): its Y.Doc, presence, peers, and its stored log. Updates
 * applied to the doc are forwarded to the other peers at once and appended to the log (group commit);
 * `durable()` says when everything applied so far is on disk.
 */
export class Room {
  /** gc off: the relay must keep deleted content, or clients joining later could not rebuild versions. */
  readonly doc = new Y.Doc({ gc: false });
  readonly awareness = new Awareness(this.doc);
  readonly peers = new Set<Peer>();
  readonly ready: Promise<void>;
  stats: LogStats = { rows: 0, bytes: 0 };
  unloadTimer: NodeJS.Timeout | null = null;
  /** Which peer last set each awareness client id; only those states are removed when it leaves. */
  private readonly awarenessOwner = new Map<number, Peer>();
  private lastWrite: Promise<void> = Promise.resolve();
  private compacting = false;
  private failed = false;

  constructor(
    readonly name: string,
    private readonly deps: RoomDeps,
    after: Promise<void>,
  ) {
    this.awareness.setLocalState(null);
    this.ready = after.then(() => this.load());
    this.ready.catch(() => undefined);
  }

  private async load(): Promise<void> {
    const log = await this.deps.store.load(this.name);
    if (log.updates.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(log.updates), this);
    this.stats = { rows: log.rows, bytes: log.bytes };
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.onAwareness(change, origin));
  }

  /** Adds a peer; it is greeted by its connection once `ready` resolves. */
  join(peer: Peer): void {
    this.peers.add(peer);
  }

  /** Removes a peer and the presence states it introduced (not those of anybody else). */
  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    const owned = [...this.awarenessOwner].filter(([, p]) => p === peer).map(([id]) => id);
    for (const id of owned) this.awarenessOwner.delete(id);
    if (owned.length > 0) removeAwarenessStates(this.awareness, owned, 'relay');
    if (this.peers.size === 0) this.deps.onIdle(this);
  }

  /** Resolves when every update applied so far is durable; rejects if storing one failed. */
  durable(): Promise<void> {
    return this.lastWrite;
  }

  /** Flushes, merges the log when it holds more than one row, and frees the document. */
  async close(): Promise<void> {
    await this.deps.commit.flush();
    if (!this.failed && this.stats.rows > 1) await this.compact();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    this.stats.rows += 1;
    this.stats.bytes += update.length;
    const write = this.deps.commit.append(this.name, update);
    this.lastWrite = write;
    write.then(
      () => {
        if (this.stats.rows >= this.deps.compactEvery) void this.compact();
      },
      (err: unknown) => this.fail(err),
    );
    const frame = syncUpdateFrame(update);
    for (const peer of this.peers) if (peer !== origin && peer.started) peer.send(frame);
  }

  private onAwareness({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const sender = this.peers.has(origin as Peer) ? (origin as Peer) : null;
    if (sender) {
      for (const id of [...added, ...updated]) this.awarenessOwner.set(id, sender);
      for (const id of removed) if (this.awarenessOwner.get(id) === sender) this.awarenessOwner.delete(id);
      // A client has one presence state (a few while its doc is replaced); more is a flood.
      if (added.length > 0 && [...this.awarenessOwner.values()].filter((p) => p === sender).length > MAX_PRESENCE_PER_PEER) {
        sender.close(CLOSE_MALFORMED, 'too many presence states');
      }
    }
    const frame = awarenessFrame(this.awareness, [...added, ...updated, ...removed]);
    for (const peer of this.peers) if (peer !== sender && peer.started) peer.send(frame);
  }

  private async compact(): Promise<void> {
    if (this.compacting) return;
    this.compacting = true;
    const before = { ...this.stats };
    try {
      const after = await this.deps.commit.exclusive(() => this.deps.store.compact(this.name));
      // Rows appended while the compaction waited its turn are kept beside the merged row.
      this.stats = { rows: after.rows + this.stats.rows - before.rows, bytes: after.bytes + this.stats.bytes - before.bytes };
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
    this.deps.onFailed(this);
    for (const peer of this.peers) peer.close(CLOSE_STORAGE_FAILURE, 'relay storage failure');
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
