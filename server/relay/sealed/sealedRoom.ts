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
import { CloseError } from '../closeError.ts';
import type { Connection, RoomChannel } from '../connection.ts';
import type { Log } from '../log.ts';
import type { RoomHooks } from '../roomRegistry.ts';
import { RoomSendBudget } from '../sendQueue.ts';
import { SealedLog } from './sealedLog.ts';
import { acceptsSnapshot } from './snapshotCheck.ts';
import { encodeStoredRecord, sealedStoreName } from './storedRecord.ts';
import type { StoredRecord } from './storedRecord.ts';
import { isKeyRoom } from '../../../shared/sealed/keyRoom.ts';
import { KeyRoomRule } from './keyRoomRule.ts';
import type { KeyRoomLimits } from './keyRoomRule.ts';

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
}

/**
 * A private room (docs/private-workspaces.md): an append-only log of opaque sealed records. The
 * relay cannot read or merge them; it numbers each one, labels it with the writer's role and member
 * id, stores it, forwards it, and acknowledges it once durable. Viewers may not write; the
 * workspace index takes only editors' and owners' records. Presence records are forwarded, never
 * stored. An editor's sealed snapshot replaces the records it covers (a cold load is snapshot + tail).
 */
export class SealedRoom implements RoomChannel {
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

  constructor(
    readonly name: string,
    private readonly deps: SealedRoomDeps,
    after: Promise<void>,
  ) {
    this.sendBudget = new RoomSendBudget(deps.maxSendQueueBytes);
    this.keyRule = isKeyRoom(name) ? new KeyRoomRule(deps.keyLimits) : null;
    this.ready = after.then(() => this.load());
    this.ready.catch(() => undefined);
  }

  private async load(): Promise<void> {
    this.log = SealedLog.fromRows((await this.deps.store.load(sealedStoreName(this.name))).updates);
    if (this.keyRule) for (const r of this.log.since(0).records) this.keyRule.note(r);
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
      case 'subscribe': {
        // Cold load (or a client behind the snapshot): the newest snapshot, then the tail.
        const { snapshot, records } = this.log.since(message.after);
        if (snapshot)
          conn.send(encodeSealedMessage({ type: 'snapshot', coversSeq: snapshot.seq, record: snapshot.record }));
        for (const r of records) conn.send(encodeSealedMessage({ type: 'record', ...r }));
        this.subscribed.add(conn);
        return conn.send(encodeSealedMessage({ type: 'caughtUp', seq: this.log.lastSeq }));
      }
      case 'append':
        return this.append(conn, message.record);
      case 'snapshot':
        // The key room's entries are never covered: a snapshot there would drop device keys and rotations.
        if (this.keyRule) throw new CloseError(CLOSE_FORBIDDEN, 'the key room takes no snapshots');
        if (acceptsSnapshot(conn, this.log, message.coversSeq, message.record))
          this.storeSnapshot({ seq: message.coversSeq, role: conn.role, member: conn.member, record: message.record });
        return;
      case 'presence':
        if (message.record.length > this.deps.maxPresenceBytes)
          throw new CloseError(CLOSE_FORBIDDEN, 'presence record too large');
        return this.forward(conn, frame);
      default:
        throw new CloseError(CLOSE_FORBIDDEN, `a client may not send ${message.type} messages`);
    }
  }

  private append(conn: Connection, record: Uint8Array): void {
    if (this.keyRule) this.keyRule.check(conn.role, conn.member, record);
    else this.checkRecord(conn, record);
    if (this.log.bytes + record.length > conn.maxDocumentBytes)
      throw new CloseError(CLOSE_DOCUMENT_TOO_LARGE, 'document too large');
    const stored: StoredRecord = { seq: this.log.lastSeq + 1, role: conn.role, member: conn.member, record };
    this.keyRule?.note(stored);
    this.store(conn, stored);
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
    this.log.append(stored);
    const frame = encodeSealedMessage({ type: 'record', ...stored });
    for (const peer of this.subscribed) if (peer !== conn && peer.started) peer.send(frame);
    const write = this.deps.commit.append(sealedStoreName(this.name), encodeStoredRecord(stored));
    this.lastWrite = write;
    write.then(
      () => conn.send(encodeSealedMessage({ type: 'stored', seq: stored.seq })),
      (err: unknown) => this.fail(err),
    );
  }

  /** Keeps `snapshot` (numbered as the last record it covers) and drops what it covers, once every earlier write is done. */
  private storeSnapshot(snapshot: StoredRecord): void {
    this.log.replace(snapshot);
    const room = sealedStoreName(this.name);
    const row = encodeStoredRecord(snapshot);
    const write = this.deps.commit.exclusive(() => this.deps.store.replaceCovered(room, row, snapshot.seq));
    // The derived promise is the one handled: a failure closes the room instead of going unhandled.
    this.lastWrite = write.then(() => undefined);
    this.lastWrite.catch((err: unknown) => this.fail(err));
  }

  private forward(sender: Connection, frame: Uint8Array): void {
    for (const peer of this.peers) if (peer !== sender && peer.started) peer.send(frame);
  }

  /** Flushes pending writes and frees the log. */
  async close(): Promise<void> {
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
