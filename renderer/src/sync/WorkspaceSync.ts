import type * as Y from 'yjs';
import { workspaceDbName, type LocalWorkspace } from '../storage/localWorkspace.ts';
import { documentDbName, type DocumentRegistry } from '../storage/documentRegistry.ts';
import { sealedSessionStore } from '../storage/sealedSessionStore.ts';
import { RelayConnection, type RelayConfig, type RelayEvents } from './RelayConnection.ts';
import { SealedConnection } from './SealedConnection.ts';
import type { DocConnection } from './docConnection.ts';
import type { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import type { DeviceKeyPair } from '../../../shared/sealed/keyEnvelope.ts';
import { KeyRoomConnection, type KeyRoomHooks } from '../sealed/KeyRoomConnection.ts';
import { loadRemovedMembers, rememberRemovedMember } from '../sealed/workspaceKeys.ts';
import type { KeyHolders } from '../../../shared/sealedSync/rotationDuty.ts';
import { SharingApi } from '../sharing/sharingApi.ts';
import { mayGrant } from '../../../shared/sealed/keyGrants.ts';
import type { KeyWanted } from '../../../shared/sealed/keyGrants.ts';
import { roomName } from '../../../shared/protocol/rooms.ts';
import { INDEX_FIELD, listEntries } from '../../../shared/model/workspaceIndex.ts';
import type { LocalBlobStore } from '../images/localBlobStore.ts';
import { BlobSync } from '../images/blobSync.ts';
import { sealedBlobs } from '../images/blobCodec.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { AckLedger, hasPendingEdits } from './ackLedger.ts';
import type { Refused } from './syncStatus.ts';
import { recoverDocument } from './recovery/recoverDocument.ts';
import { IgnoredRecords, WORKSPACE_RECORDS } from '../sealed/ignoredRecords.ts';
import { WorkspaceProblems } from '../sealed/workspaceProblems.ts';

interface Live {
  connection: DocConnection;
  users: number;
}

/** A document's connection in the background pass, and how to end its wait early (going offline, closing). */
interface Background {
  connection: DocConnection;
  stop(): void;
}

/** What the workspace tells the window about: the role changed, library changes declined, a change set aside. */
export type WorkspaceEvent =
  | { kind: 'role'; role: Role }
  | { kind: 'library-declined' }
  | { kind: 'set-aside'; id: string }
  | { kind: 'recovery-failed'; id: string }
  /** A private workspace's key changed and this device has not got the new one (or just got it). */
  | { kind: 'newest-key-missing'; missing: boolean };

const BACKGROUND_CONCURRENCY = 2;
const BACKGROUND_TIMEOUT_MS = 30_000;
/** A document refused again this soon after a recovery is rebuilt without keeping comments (no loop). */
const AGAIN_MS = 60_000;

/**
 * Keeps a workspace in step with its relay: the document index always, open documents live, and
 * every other document once in the background, so what was written offline is uploaded and what
 * others wrote is on this computer before the network goes away again. It follows the member's
 * role as the relay announces it, and when the relay refuses a change it sets the change aside and
 * rebuilds the document from what the relay accepted. A private workspace (with its keys, `ring`)
 * talks to sealed rooms instead (`SealedConnection`), and its images travel sealed.
 */
export class WorkspaceSync {
  readonly index: DocConnection;
  /** The workspace's images, over the relay's HTTP endpoint. */
  readonly images: BlobSync;
  /**
   * A private workspace's records refused (altered, not allowed, from a newer Concord) per document,
   * and in its index and key room under `WORKSPACE_RECORDS`.
   */
  readonly ignored = new IgnoredRecords();
  /** What goes wrong in a private workspace beyond one document (its own key refused, a failed grant or rotation…). */
  readonly problems = new WorkspaceProblems();
  private live = new Map<string, Live>();
  /** The connections of the background pass, by document, while they run. */
  private background = new Map<string, Background>();
  private synced = new Set<string>();
  private queue: string[] = [];
  /** Documents whose background pass is under way: never queued twice (two connections to one room). */
  private passing = new Set<string>();
  /** Of those, the ones asked to sync again while their pass ran (`unsync`): queued once it ends. */
  private again = new Set<string>();
  private online = true;
  private destroyed = false;
  private currentRole: Role;
  private listeners = new Set<(event: WorkspaceEvent) => void>();
  private recovering = new Set<string>();
  private lastRecovery = new Map<string, number>();
  private libraryDeclined = false;
  /** A private workspace's key room (device keys, rotations). */
  private readonly keys: KeyRoomConnection | null;

  constructor(
    private readonly workspace: LocalWorkspace,
    private readonly registry: DocumentRegistry,
    readonly config: RelayConfig,
    blobs: LocalBlobStore,
    /** The member id (the token's id): the author id of their comments. */
    readonly memberId: string,
    role: Role,
    /** A private workspace's keys; null for an ordinary workspace. */
    readonly ring: KeyRing | null = null,
    /** This computer's device key for a private workspace (its key room publishes it). */
    device: DeviceKeyPair | null = null,
  ) {
    this.currentRole = role;
    const hooks: KeyRoomHooks = {
      guard: (wanted: KeyWanted[]) => this.stillMembers(wanted),
      holders: () => this.keyHolders(),
      onNewestKeyMissing: (missing) => this.emit({ kind: 'newest-key-missing', missing }),
      onRecordIgnored: (failure) => this.ignored.note(WORKSPACE_RECORDS, failure),
      onProblem: (problem, on) => this.problems.set(problem, on),
    };
    this.keys = ring && device ? new KeyRoomConnection(ring, device, memberId, config, hooks) : null;
    this.images = new BlobSync(blobs, config, true, ring ? sealedBlobs(ring) : undefined);
    const indexEvents: RelayEvents = {
      onRole: (r) => this.setRole(r),
      onDeclined: () => {
        if (this.libraryDeclined) return;
        this.libraryDeclined = true;
        this.emit({ kind: 'library-declined' });
      },
      onRecordIgnored: (failure) => this.ignored.note(WORKSPACE_RECORDS, failure),
      onSessionNotSaved: this.sessionNotSaved,
    };
    this.index = this.connection(workspace.doc, roomName(workspace.id), indexEvents, workspaceDbName(workspace.id));
    workspace.doc.getMap(INDEX_FIELD).observe(() => this.schedule());
    this.schedule();
  }

  private readonly sessionNotSaved = () => this.problems.set('session-not-saved', true);

  /** The member's role as the relay last said (the token's until then). */
  get role(): Role {
    return this.currentRole;
  }

  /** Hears what happens to the workspace; returns the unsubscribe. */
  subscribe(listener: (event: WorkspaceEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A live connection for an open document; pair with `release`. */
  connect(id: string): DocConnection {
    let live = this.live.get(id);
    if (!live) {
      const doc = this.registry.peek(id);
      if (!doc) throw new Error('open the document before connecting it');
      // A background pass syncing this very document (one just made, or opened from a file, starts
      // one) hands its connection over: a second would upload the whole document again, and the
      // relay would forward that upload to the first.
      const running = this.background.get(id)?.connection;
      const adopted = running?.doc === doc ? running : null;
      if (adopted) this.background.delete(id);
      live = { connection: adopted ?? this.open(id, doc), users: 0 };
      if (!this.online) live.connection.setOnline(false);
      this.live.set(id, live);
    }
    live.users++;
    return live.connection;
  }

  release(id: string): void {
    const live = this.live.get(id);
    if (!live || --live.users > 0) return;
    this.live.delete(id);
    live.connection.destroy();
    // Closed before the relay stored everything (slow, or it cannot save): the background sync
    // finishes the upload, so "waiting" does not stay until the next start.
    if (hasPendingEdits(this.ledgerRoom(id))) {
      this.unsync(id);
      this.schedule();
    }
  }

  /** Goes offline (edits stay local) or back online, for every connection of the workspace. */
  setOnline(online: boolean): void {
    this.online = online;
    this.index.setOnline(online);
    this.keys?.setOnline(online);
    this.images.setOnline(online);
    this.live.forEach((l) => l.connection.setOnline(online));
    // "Work offline" means no network at all: the background pass stops now (its documents are
    // synced again when the workspace is back online), rather than retrying for up to 30 s.
    if (!online) this.stopBackground();
    if (online) {
      this.synced.clear();
      this.schedule();
    }
  }

  /** "Reconnect now": every connection of the workspace tries at once, its backoff started over. */
  reconnectNow(): void {
    if (!this.online) return;
    this.index.reconnectNow();
    this.live.forEach((l) => l.connection.reconnectNow());
    this.background.forEach((b) => b.connection.reconnectNow());
    this.images.setOnline(true);
  }

  get isOnline(): boolean {
    return this.online;
  }

  /** How many documents of the workspace have edits made here that the relay has not answered yet. */
  pendingDocuments(): number {
    const entries = [...listEntries(this.workspace.doc, 'library'), ...listEntries(this.workspace.doc, 'trash')];
    return entries.filter((e) => hasPendingEdits(this.ledgerRoom(e.id))).length;
  }

  /** The key of a document's acknowledgement ledger. */
  private ledgerRoom(id: string): string {
    return `${this.config.url}/${roomName(this.workspace.id, id)}`;
  }

  destroy(): void {
    this.destroyed = true;
    this.live.forEach((l) => l.connection.destroy());
    this.live.clear();
    this.stopBackground();
    this.index.destroy();
    this.keys?.destroy();
    this.images.destroy();
    this.listeners.clear();
  }

  /** Ends every background connection's wait; each is closed as its pass finishes (`syncOnce`). */
  private stopBackground(): void {
    this.background.forEach((b) => b.stop());
  }

  private emit(event: WorkspaceEvent): void {
    this.listeners.forEach((l) => l(event));
  }

  private setRole(role: Role): void {
    if (role === this.currentRole) return;
    this.currentRole = role;
    this.emit({ kind: 'role', role });
  }

  /**
   * After `removed` (a member or an invitation) was revoked in a private workspace: a new key for
   * the remaining members' devices; everything written here from then on is sealed under it, and
   * this computer never gives `removed` a key again (docs/private-workspaces.md). Resolves once the
   * relay stored it (after another owner's rotation that came first, if theirs still reached them).
   */
  async rotateKeys(removed: string): Promise<void> {
    if (!this.keys || !this.ring) throw new Error('only a private workspace has keys to rotate');
    await rememberRemovedMember(this.workspace.id, removed, this.ring.current().epoch);
    await this.keys.keepRemovedOut();
  }

  /** Of the members whose device wants the newest key, those this owner's app gives it to (`mayGrant`). */
  private async stillMembers(wanted: KeyWanted[]): Promise<string[]> {
    if (this.currentRole !== 'owner' || wanted.length === 0) return [];
    const [list, removed] = await Promise.all([
      new SharingApi(this.config, this.workspace.id).members(),
      loadRemovedMembers(this.workspace.id),
    ]);
    // This member's other computers too (the relay may not list the owner among the members).
    const listed = new Set([this.memberId, ...list.members.map((m) => m.id), ...list.invitations.map((m) => m.id)]);
    return mayGrant(wanted, listed, new Set(removed.keys()));
  }

  /** For an owner: who was removed here, and who keeps the key (this member and those the relay lists). */
  private async keyHolders(): Promise<KeyHolders | null> {
    if (this.currentRole !== 'owner') return null;
    const removed = await loadRemovedMembers(this.workspace.id);
    const remaining = async () => {
      const { members } = await new SharingApi(this.config, this.workspace.id).members();
      return [this.memberId, ...members.map((m) => m.id)];
    };
    return { removed, remaining };
  }

  /** Whether the key room holds a rotation whose key this device lacks (a private workspace). */
  get newestKeyMissing(): boolean {
    return this.keys?.newestKeyMissing ?? false;
  }

  /** Whether this workspace is private (its rooms are sealed). */
  get isPrivate(): boolean {
    return this.ring !== null;
  }

  /** A connection for `doc` in `room`; a private workspace's keeps its session in `dbName`, beside the document. */
  private connection(doc: Y.Doc, room: string, events: RelayEvents, dbName: string): DocConnection {
    if (!this.ring) return new RelayConnection(doc, room, this.config, events);
    const self = { role: this.currentRole, member: this.memberId };
    const store = sealedSessionStore(dbName, this.config.url, room);
    return new SealedConnection(doc, room, this.config, { ring: this.ring, self, store }, events);
  }

  private open(id: string, doc: Y.Doc): DocConnection {
    const events: RelayEvents = {
      onRole: (r) => this.setRole(r),
      onChangeRefused: (refused) => void this.recover(id, refused),
      // A declined change to a document (a viewer's): set aside like a refused one.
      onDeclined: () => void this.recover(id, { code: 0, kind: 'edit-text', reason: 'declined' }),
      onRecordIgnored: (failure) => this.ignored.note(id, failure),
      onSessionNotSaved: this.sessionNotSaved,
    };
    return this.connection(doc, roomName(this.workspace.id, id), events, documentDbName(id));
  }

  private async recover(id: string, refused: Refused): Promise<void> {
    if (this.recovering.has(id) || this.destroyed) return;
    this.recovering.add(id);
    const again = Date.now() - (this.lastRecovery.get(id) ?? -Infinity) < AGAIN_MS;
    this.lastRecovery.set(id, Date.now());
    try {
      await recoverDocument(
        {
          registry: this.registry,
          config: this.config,
          room: roomName(this.workspace.id, id),
          id,
          memberId: this.memberId,
          role: this.currentRole,
          keepComments: !again,
          beforeReplace: () => {
            const live = this.live.get(id);
            this.live.delete(id);
            live?.connection.destroy();
            // What was refused is set aside and never sent: no longer "waiting".
            new AckLedger(this.ledgerRoom(id)).forgetEdits();
          },
        },
        refused,
      );
      this.unsync(id);
      this.emit({ kind: 'set-aside', id });
      this.schedule();
    } catch {
      // The relay is out of reach: keep showing the refusal; the next connection tries again.
      this.live.get(id)?.connection.failRecovery(refused);
      this.emit({ kind: 'recovery-failed', id });
    } finally {
      this.recovering.delete(id);
    }
  }

  /** To be synced again; a pass under way for it is followed by another. */
  private unsync(id: string): void {
    this.synced.delete(id);
    if (this.passing.has(id)) this.again.add(id);
  }

  private schedule(): void {
    for (const entry of [...listEntries(this.workspace.doc, 'library'), ...listEntries(this.workspace.doc, 'trash')]) {
      const { id } = entry;
      if (!this.synced.has(id) && !this.passing.has(id) && !this.queue.includes(id)) this.queue.push(id);
    }
    while (this.passing.size < BACKGROUND_CONCURRENCY && this.queue.length > 0 && this.online && !this.destroyed) {
      const id = this.queue.shift()!;
      this.passing.add(id);
      void this.syncOnce(id).finally(() => {
        this.passing.delete(id);
        if (this.again.delete(id)) this.synced.delete(id);
        this.schedule();
      });
    }
  }

  private async syncOnce(id: string): Promise<void> {
    if (this.live.has(id)) {
      this.synced.add(id);
      return;
    }
    const doc = await this.registry.acquire(id);
    // Opened meanwhile: its live connection syncs it.
    if (this.live.has(id)) {
      this.registry.release(id);
      this.synced.add(id);
      return;
    }
    // Gone offline (or closed) meanwhile: synced again once back online.
    if (!this.online || this.destroyed) {
      this.registry.release(id);
      return;
    }
    const connection = this.open(id, doc);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stopped = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, BACKGROUND_TIMEOUT_MS);
      this.background.set(id, { connection, stop: resolve });
    });
    try {
      await Promise.race([connection.whenSaved(), stopped]);
      // Done only when the relay stored everything; otherwise tried again (after the others queued).
      const status = connection.status;
      if (status.state === 'online' && status.pending === 0) this.synced.add(id);
    } catch {
      // refused: set aside by `recover` (the connection's handler), synced again afterwards
      this.synced.add(id);
    } finally {
      clearTimeout(timer);
      // Unless the document was opened meanwhile and its view took the connection over.
      if (this.background.get(id)?.connection === connection) {
        this.background.delete(id);
        connection.destroy();
      }
      this.registry.release(id);
    }
  }
}
