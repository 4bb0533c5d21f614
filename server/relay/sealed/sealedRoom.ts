import {
  CLOSE_DOCUMENT_TOO_LARGE,
  CLOSE_FORBIDDEN,
  CLOSE_STORAGE_FAILURE,
} from '../../../shared/protocol/closeCodes.ts';
import { readRecordHeader } from '../../../shared/sealed/sealedRecord.ts';
import { decodeSealedMessage, encodeSealedMessage } from '../../../shared/protocol/sealedMessages.ts';
import type { GroupCommit } from '../../storage/groupCommit.ts';
import type { UpdateStore } from '../../storage/updateStore.ts';
import { may, writes } from '../../../shared/roles/permissions.ts';
import { CloseError, toClose } from '../closeError.ts';
import type { Fanout, RemoteSink, RoomLink } from '../../fanout/fanout.ts';
import type { Connection, RoomChannel } from '../connection.ts';
import type { Log } from '../log.ts';
import type { RoomHooks } from '../roomRegistry.ts';
import { RoomSendBudget } from '../sendQueue.ts';
import { isSnapshot, SealedLog } from './sealedLog.ts';
import { acceptsSnapshot } from './snapshotCheck.ts';
import { decodeStoredRecord, encodeStoredRecord, sealedStoreName } from './storedRecord.ts';
import type { StoredRecord } from './storedRecord.ts';
import { isKeyRoom } from '../../../shared/sealed/keyRoom.ts';
import { KeyRoomRule } from './keyRoomRule.ts';
import type { KeyRoomLimits } from './keyRoomRule.ts';

/** Sealed presence names no member the relay could read. */
const NO_MEMBERS: ReadonlyMap<number, string> = new Map();

/** What a sealed room needs. */
export interface SealedRoomDeps extends RoomHooks<SealedRoom> {
  store: UpdateStore;
  commit: GroupCommit;
  log: Log;
  /** Largest sealed presence record forwarded (the presence state limit). */
  maxPresenceBytes: number;
  maxSendQueueBytes: number;
  /** Bounds of a workspace's key room (`<ws>/keys`). */
  keyLimits: KeyRoomLimits;
  /** The instances sharing the room (Postgres + Redis); with a store that numbers records, the room is shared. */
  fanout?: Fanout;
}

/** What a room shared by several instances uses: the store's numbering and the fan-out. */
interface Shared {
  fanout: Fanout;
  appendNumbered: NonNullable<UpdateStore['appendNumbered']>;
  loadNumberedAfter: NonNullable<UpdateStore['loadNumberedAfter']>;
}

/**
 * A private room (docs/private-workspaces.md): an append-only log of opaque sealed records. The
 * relay cannot read or merge them; it numbers each one, labels it with the writer's role and member
 * id, stores it, forwards it, and acknowledges it once durable. Viewers may not write; the
 * workspace index takes only editors' and owners' records. Presence records are forwarded, never
 * stored. An editor's sealed snapshot replaces the records it covers (a cold load is snapshot + tail).
 *
 * Shared by several instances (Postgres + Redis: docs/private-workspaces.md, "Several relay
 * instances"), the store numbers the records instead of this log: an append takes the number after
 * the last one this instance knows, and when another instance took it first, reads what it missed
 * from storage and tries again. Records, snapshots and presence then go to the other instances
 * through the fan-out; one that arrives out of order makes the room read from storage. A shared
 * room does its appends, catch-ups and other instances' records one at a time, in order (`inOrder`).
 */
export class SealedRoom implements RoomChannel, RemoteSink {
  readonly peers = new Set<Connection>();
  /** Peers that subscribed: only they get live records (before, a record would reach one ahead of its catch-up). */
  private readonly subscribed = new Set<Connection>();
  readonly sendBudget: RoomSendBudget;
  readonly ready: Promise<void>;
  unloadTimer: NodeJS.Timeout | null = null;
  private log = new SealedLog();
  private lastWrite: Promise<void> = Promise.resolve();
  private failed = false;
  /** A workspace's key room takes roster and rotation entries instead of sealed records. */
  private readonly keyRule: KeyRoomRule | null;
  private readonly shared: Shared | null;
  private link: RoomLink | null = null;
  /** A shared room's work, one step after another. */
  private queue: Promise<void> = Promise.resolve();
  /** Connections whose subscription made a shared room read from storage. */
  private readonly readFor = new WeakSet<Connection>();
  /** Bytes of appends queued in a shared room, not stored yet. */
  private waitingBytes = 0;

  constructor(
    readonly name: string,
    private readonly deps: SealedRoomDeps,
    after: Promise<void>,
  ) {
    this.sendBudget = new RoomSendBudget(deps.maxSendQueueBytes);
    this.keyRule = isKeyRoom(name) ? new KeyRoomRule(deps.keyLimits) : null;
    const appendNumbered = deps.store.appendNumbered?.bind(deps.store);
    const loadNumberedAfter = deps.store.loadNumberedAfter?.bind(deps.store);
    this.shared =
      deps.fanout && deps.fanout.kind !== 'none' && appendNumbered && loadNumberedAfter
        ? { fanout: deps.fanout, appendNumbered, loadNumberedAfter }
        : null;
    this.ready = after.then(() => this.load());
    this.ready.catch(() => undefined);
  }

  private async load(): Promise<void> {
    const room = sealedStoreName(this.name);
    // The stream position first: what was published before it is in storage (Fanout.position).
    const position = this.shared ? await this.shared.fanout.position(room) : null;
    this.log = SealedLog.fromRows((await this.deps.store.load(room)).updates);
    if (this.keyRule) for (const r of this.log.since(0).records) this.keyRule.note(r);
    if (this.shared) this.link = this.shared.fanout.link(room, position, this);
  }

  /** Adds a peer; it is greeted once `ready` resolves. */
  join(peer: Connection): void {
    this.peers.add(peer);
  }

  /** Removes a peer; the registry unloads the room once it has none. */
  leave(peer: Connection): void {
    this.subscribed.delete(peer);
    if (this.peers.delete(peer) && this.peers.size === 0) this.deps.onIdle(this);
  }

  greet(): void {
    // The client speaks first (subscribe, with the highest number it holds).
  }

  isCatchUp(frame: Uint8Array): boolean {
    return frame[0] === 120;
  }

  durable(): Promise<void> {
    return this.lastWrite;
  }

  handle(conn: Connection, frame: Uint8Array): void {
    const message = decodeSealedMessage(frame);
    switch (message.type) {
      case 'subscribe':
        // A client that read further through another instance: this one reads what it missed first
        // (once per connection: subscribing again cannot make the relay read the room over and over).
        if (this.shared && message.after > this.log.lastSeq && !this.readFor.has(conn)) {
          this.readFor.add(conn);
          return void this.inOrder(
            () => this.catchUp().then(() => this.subscribe(conn, message.after)),
            (err) => this.failOn(conn, err),
          );
        }
        return this.subscribe(conn, message.after);
      case 'append':
        return this.append(conn, message.record);
      case 'snapshot':
        // The key room's entries are never covered: a snapshot there would drop device keys and rotations.
        if (this.keyRule) throw new CloseError(CLOSE_FORBIDDEN, 'the key room takes no snapshots');
        if (acceptsSnapshot(conn, this.log, message.coversSeq, message.record)) {
          const snapshot = { seq: message.coversSeq, role: conn.role, member: conn.member, record: message.record };
          // Shared: another instance's snapshot may have come in meanwhile; an older one is dropped.
          if (this.shared)
            return void this.inOrder(
              () => (snapshot.seq >= this.log.snapshotSeq ? this.storeSnapshot(snapshot) : Promise.resolve()),
              (err) => this.failOn(conn, err),
            );
          this.lastWrite = this.storeSnapshot(snapshot);
          this.lastWrite.catch((err: unknown) => this.fail(err));
        }
        return;
      case 'presence':
        if (message.record.length > this.deps.maxPresenceBytes)
          throw new CloseError(CLOSE_FORBIDDEN, 'presence record too large');
        this.link?.publishAwareness(frame, NO_MEMBERS);
        return this.forward(conn, frame);
      default:
        throw new CloseError(CLOSE_FORBIDDEN, `a client may not send ${message.type} messages`);
    }
  }

  /** Cold load (or a client behind the snapshot): the newest snapshot, then the tail; live records after. */
  private subscribe(conn: Connection, after: number): void {
    const { snapshot, records } = this.log.since(after);
    if (snapshot)
      conn.send(encodeSealedMessage({ type: 'snapshot', coversSeq: snapshot.seq, record: snapshot.record }));
    for (const r of records) conn.send(encodeSealedMessage({ type: 'record', ...r }));
    this.subscribed.add(conn);
    conn.send(encodeSealedMessage({ type: 'caughtUp', seq: this.log.lastSeq }));
  }

  private append(conn: Connection, record: Uint8Array): void {
    if (!this.keyRule) this.checkRecord(conn, record);
    if (this.shared) {
      // What waits for the store counts toward the document's bytes: while the database is away
      // (appends retry), a room holds no more than its document limit.
      if (this.log.bytes + this.waitingBytes + record.length > conn.maxDocumentBytes)
        throw new CloseError(CLOSE_DOCUMENT_TOO_LARGE, 'document too large');
      this.waitingBytes += record.length;
      return void this.inOrder(
        () => this.appendShared(conn, record).finally(() => (this.waitingBytes -= record.length)),
        (err) => this.failOn(conn, err),
      );
    }
    this.checkAgainstLog(conn, record);
    this.store(conn, { seq: this.log.lastSeq + 1, role: conn.role, member: conn.member, record });
  }

  /** What depends on the log: the key room's rule, the document's size. */
  private checkAgainstLog(conn: Connection, record: Uint8Array): void {
    this.keyRule?.check(conn.role, conn.member, record);
    if (this.log.bytes + record.length > conn.maxDocumentBytes)
      throw new CloseError(CLOSE_DOCUMENT_TOO_LARGE, 'document too large');
  }

  /** Appends through the store's numbering; when another instance took the number, catches up and tries again. */
  private async appendShared(conn: Connection, record: Uint8Array): Promise<void> {
    for (;;) {
      this.checkAgainstLog(conn, record);
      const stored: StoredRecord = { seq: this.log.lastSeq + 1, role: conn.role, member: conn.member, record };
      const row = encodeStoredRecord(stored);
      const outcome = await this.shared!.appendNumbered(sealedStoreName(this.name), stored.seq, row);
      if (outcome.stored) {
        this.accept(stored, conn);
        this.link?.publish(row);
        conn.send(encodeSealedMessage({ type: 'stored', seq: stored.seq }));
        return;
      }
      await this.catchUp();
      if (this.log.lastSeq < outcome.last)
        throw new Error(`the store numbered record ${outcome.last}, but holds records up to ${this.log.lastSeq} only`);
    }
  }

  /** Takes a record stored (by this instance or another) into the log and sends it to the subscribed peers but `from`. */
  private accept(stored: StoredRecord, from: Connection | null): void {
    this.log.append(stored);
    this.keyRule?.note(stored);
    const frame = encodeSealedMessage({ type: 'record', ...stored });
    for (const peer of this.subscribed) if (peer !== from && peer.started) peer.send(frame);
  }

  /** Reads from storage what other instances stored after this log's end, and passes it on in order. */
  private async catchUp(): Promise<void> {
    const rows = await this.shared!.loadNumberedAfter(sealedStoreName(this.name), this.log.lastSeq);
    const stored = SealedLog.fromRows(rows);
    const { snapshot, records } = stored.since(this.log.lastSeq);
    if (snapshot) {
      // Another instance's snapshot covers records this one never had: its clients get the snapshot.
      this.log.replace(snapshot);
      const frame = encodeSealedMessage({ type: 'snapshot', coversSeq: snapshot.seq, record: snapshot.record });
      for (const peer of this.subscribed) if (peer.started) peer.send(frame);
    } else this.adoptSnapshot(stored.newestSnapshot);
    for (const r of records) this.accept(r, null);
  }

  /** Frees what a newer snapshot (stored by another instance) covers; the records after it stay. */
  private adoptSnapshot(snapshot: StoredRecord | null): void {
    if (snapshot && snapshot.seq > this.log.snapshotSeq && snapshot.seq <= this.log.lastSeq) this.log.replace(snapshot);
  }

  /**
   * Runs a shared room's `work` after what is queued, and `onError` if it fails; the returned
   * promise is the work's own (it rejects with the failure).
   */
  private inOrder(work: () => Promise<void> | void, onError: (err: unknown) => void): Promise<void> {
    const run = this.queue.then(() => (this.failed ? undefined : work()));
    this.queue = run.catch(onError);
    this.lastWrite = this.queue;
    return run;
  }

  /** A CloseError closes `conn`; any other failure (storage) the whole room. */
  private failOn(conn: Connection, err: unknown): void {
    if (!(err instanceof CloseError)) return this.fail(err);
    const { code, reason } = toClose(err);
    conn.close(code, reason);
  }

  /** A record, snapshot or reload marker another instance published (RemoteSink). */
  applyRemote(row: Uint8Array): void {
    void this.inOrder(
      async () => {
        const stored = decodeStoredRecord(row);
        if (isSnapshot(stored)) {
          if (stored.seq > this.log.lastSeq) return this.catchUp();
          return this.adoptSnapshot(stored);
        }
        if (stored.seq === this.log.lastSeq + 1) return this.accept(stored, null);
        // Published out of order (another instance's publish came first): storage has everything up to it.
        if (stored.seq > this.log.lastSeq) return this.catchUp();
      },
      (err) => this.fail(err),
    );
  }

  /** Presence from another instance's clients: passed on, never kept (RemoteSink). */
  applyRemoteAwareness(frame: Uint8Array): void {
    for (const peer of this.peers) if (peer.started) peer.send(frame);
  }

  /** Presence is sealed and kept by nobody: the clients greet each other (RemoteSink). */
  localAwareness(): null {
    return null;
  }

  /** The fan-out lost records: reads them from storage (RemoteSink). */
  reload(): Promise<void> {
    // A failure goes back to the fan-out, which tries again.
    return this.inOrder(
      () => this.catchUp(),
      () => undefined,
    );
  }

  private checkRecord(conn: Connection, record: Uint8Array): void {
    if (!writes(conn.role)) throw new CloseError(CLOSE_FORBIDDEN, 'viewers may not write');
    if (!may(conn.role, 'edit-library') && !this.name.includes('/'))
      throw new CloseError(CLOSE_FORBIDDEN, 'only editors and owners write the workspace index');
    // The relay can read the header (not the content): refuse what no client could open.
    const header = readRecordHeader(record);
    if (header.kind === 'presence') throw new CloseError(CLOSE_FORBIDDEN, 'presence is not stored');
    if (header.kind === 'snapshot') throw new CloseError(CLOSE_FORBIDDEN, 'snapshots are sent as snapshots');
  }

  private store(conn: Connection, stored: StoredRecord): void {
    this.accept(stored, conn);
    const write = this.deps.commit.append(sealedStoreName(this.name), encodeStoredRecord(stored));
    this.lastWrite = write;
    write.then(
      () => conn.send(encodeSealedMessage({ type: 'stored', seq: stored.seq })),
      (err: unknown) => this.fail(err),
    );
  }

  /**
   * Keeps `snapshot` (numbered as the last record it covers) and drops what it covers, once every
   * earlier write is done; then tells the other instances. Rejects when storing fails.
   */
  private storeSnapshot(snapshot: StoredRecord): Promise<void> {
    this.log.replace(snapshot);
    const room = sealedStoreName(this.name);
    const row = encodeStoredRecord(snapshot);
    const write = this.deps.commit.exclusive(() => this.deps.store.replaceCovered(room, row, snapshot.seq));
    return write.then(() => this.link?.publish(row));
  }

  private forward(sender: Connection, frame: Uint8Array): void {
    for (const peer of this.peers) if (peer !== sender && peer.started) peer.send(frame);
  }

  /** Flushes pending writes and frees the log. */
  async close(): Promise<void> {
    this.link?.close();
    await this.queue;
    await this.deps.commit.flush();
    this.log.clear();
  }

  private fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.deps.log(`room ${this.name}: storing a sealed record failed, closing its connections: ${String(err)}`);
    this.deps.onFailed(this);
    for (const peer of this.peers) peer.close(CLOSE_STORAGE_FAILURE, 'relay storage failure');
  }
}
