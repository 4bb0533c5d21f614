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
import { decodeStoredRecord, encodeStoredRecord, sealedStoreName } from './storedRecord.ts';
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
 * workspace index takes only editors' and owners' records. Presence records are forwarded, never stored.
 */
export class SealedRoom implements RoomChannel {
  readonly peers = new Set<Connection>();
  readonly sendBudget: RoomSendBudget;
  readonly ready: Promise<void>;
  unloadTimer: NodeJS.Timeout | null = null;
  private records: StoredRecord[] = [];
  private bytes = 0;
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
    const log = await this.deps.store.load(sealedStoreName(this.name));
    this.records = log.updates.map(decodeStoredRecord).sort((a, b) => a.seq - b.seq);
    this.bytes = log.bytes;
    for (const r of this.records) this.keyRule?.note(r);
  }

  /** Adds a peer; it is greeted once `ready` resolves. */
  join(peer: Connection): void {
    this.peers.add(peer);
  }

  /** Removes a peer; the registry unloads the room once it has none. */
  leave(peer: Connection): void {
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
        for (const r of this.records)
          if (r.seq > message.after) conn.send(encodeSealedMessage({ type: 'record', ...r }));
        return conn.send(encodeSealedMessage({ type: 'caughtUp', seq: this.lastSeq() }));
      case 'append':
        return this.append(conn, message.record);
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
    if (this.bytes + record.length > conn.maxDocumentBytes)
      throw new CloseError(CLOSE_DOCUMENT_TOO_LARGE, 'document too large');
    const stored: StoredRecord = { seq: this.lastSeq() + 1, role: conn.role, member: conn.member, record };
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
  }

  private store(conn: Connection, stored: StoredRecord): void {
    const { record } = stored;
    this.records.push(stored);
    this.bytes += record.length;
    const frame = encodeSealedMessage({ type: 'record', ...stored });
    for (const peer of this.peers) if (peer !== conn && peer.started) peer.send(frame);
    const write = this.deps.commit.append(sealedStoreName(this.name), encodeStoredRecord(stored));
    this.lastWrite = write;
    write.then(
      () => conn.send(encodeSealedMessage({ type: 'stored', seq: stored.seq })),
      (err: unknown) => this.fail(err),
    );
  }

  private forward(sender: Connection, frame: Uint8Array): void {
    for (const peer of this.peers) if (peer !== sender && peer.started) peer.send(frame);
  }

  private lastSeq(): number {
    return this.records.at(-1)?.seq ?? 0;
  }

  /** Flushes pending writes and frees the log. */
  async close(): Promise<void> {
    await this.deps.commit.flush();
    this.records = [];
  }

  private fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.deps.log(`room ${this.name}: storing a sealed record failed, closing its connections: ${String(err)}`);
    this.deps.onFailed(this);
    for (const peer of this.peers) peer.close(CLOSE_STORAGE_FAILURE, 'relay storage failure');
  }
}
