import type { KeyRing, EpochKey } from '../../../shared/sealed/epochKeys.ts';
import type { DeviceKeyPair } from '../../../shared/sealed/keyEnvelope.ts';
import type { KeyWanted } from '../../../shared/sealed/keyGrants.ts';
import { keyRoomName } from '../../../shared/sealed/keyRoom.ts';
import { MESSAGE_ROLE, TOKEN_PARAM } from '../../../shared/protocol/messages.ts';
import { SEALED_PATH } from '../../../shared/protocol/sealedMessages.ts';
import { shouldRetry } from '../../../shared/protocol/closeCodes.ts';
import { KeyRoomSync, type OwnKeyRefusal } from '../../../shared/sealedSync/keyRoomSync.ts';
import type { OpenFailure } from '../../../shared/sealed/openError.ts';
import type { WorkspaceProblem } from './workspaceProblems.ts';
import { keepRemovedOut } from '../../../shared/sealedSync/rotationDuty.ts';
import type { KeyHolders } from '../../../shared/sealedSync/rotationDuty.ts';
import type { RelayConfig } from '../sync/RelayConnection.ts';
import { saveWorkspaceKeys } from './workspaceKeys.ts';

const MAX_BACKOFF_MS = 10_000;
/** A grant or rotation that failed is tried again this much later (and on every sync of the room). */
const RETRY_MS = 30_000;

const OWN_KEY_PROBLEM = {
  'too-many-devices': 'own-key-refused',
  refused: 'own-key-not-stored',
} as const satisfies Record<OwnKeyRefusal, WorkspaceProblem>;

/**
 * Which of the members wanting the newest key may have it (an owner's app: those still members and
 * not removed from this computer); an empty list for everyone else.
 */
export type GrantGuard = (wanted: KeyWanted[]) => Promise<string[]>;

/** What the workspace tells its key room and hears from it. */
export interface KeyRoomHooks {
  /** Which members wanting the newest key may have it (`GrantGuard`); none when absent. */
  guard?: GrantGuard;
  /** Who keeps the key after a removal (an owner's app: the relay's members, those removed here); null for everyone else. */
  holders?(): Promise<KeyHolders | null>;
  /** The room holds a rotation whose key this device lacks (true), or it arrived (false). */
  onNewestKeyMissing?(missing: boolean): void;
  /** An entry of the room was refused (altered, not allowed, from a newer Concord): never used. */
  onRecordIgnored?(failure: OpenFailure): void;
  /** Something about this workspace's keys went wrong (`on`), or was put right. */
  onProblem?(problem: WorkspaceProblem, on: boolean): void;
}

/**
 * A private workspace's key room (`<relay>/sealed/<ws>/keys`, docs/private-workspaces.md): kept
 * connected beside the index, it publishes this device's key, and adds (and saves) the new key
 * when an owner rotates, so every sealed connection switches to it without the member doing
 * anything. Owners rotate through it after removing a member, and give the newest key to members
 * whose device key appears later (a pending invitation's link carried an older key).
 */
export class KeyRoomConnection {
  private readonly sync: KeyRoomSync;
  private socket: WebSocket | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private online = true;
  private stopped = false;
  private waitingForSync: (() => void)[] = [];
  private granting: Promise<void> | null = null;
  private grantAgain = false;
  private keepingOut: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly ring: KeyRing,
    device: DeviceKeyPair,
    member: string,
    private readonly config: RelayConfig,
    private readonly hooks: KeyRoomHooks = {},
  ) {
    this.sync = new KeyRoomSync({
      ring,
      device,
      member,
      onKeys: (keys: EpochKey[]) => void saveWorkspaceKeys(ring.workspaceId, keys),
      onSynced: () => {
        this.waitingForSync.splice(0).forEach((resume) => resume());
        // A rotation lost to a closed app, or refused, is made now (a failure is said: keepRemovedOut).
        void this.keepRemovedOut().catch(() => undefined);
      },
      onRefused: (err) => {
        console.warn(`key room: ${err.message}`);
        hooks.onRecordIgnored?.(err.failure);
      },
      onOwnKeyRefused: (why, detail) => {
        console.warn(`key room: ${detail}`);
        hooks.onProblem?.(OWN_KEY_PROBLEM[why], true);
      },
      onKeyWanted: () => this.grant(),
      onNewestKeyMissing: hooks.onNewestKeyMissing,
    });
    this.connect();
  }

  /**
   * After a removal (and on every sync): gives the workspace a new key readable by the remaining
   * members only, unless no member removed here holds the newest key; again when another owner's
   * rotation came first (`keepRemovedOut`). Resolves once the relay stored it and this computer
   * holds and saved the key. One run at a time: a call during a run waits for it and checks again.
   * A failure is told (`rotation-failed`, until a run succeeds) and tried again `RETRY_MS` later.
   */
  keepRemovedOut(): Promise<void> {
    const previous = this.keepingOut ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(() =>
        keepRemovedOut({
          sync: this.sync,
          // The remaining members' device keys are those the roster holds: read it all first.
          synced: () =>
            this.sync.synced ? Promise.resolve() : new Promise<void>((resume) => this.waitingForSync.push(resume)),
          holders: () => this.hooks.holders?.() ?? Promise.resolve(null),
        }),
      )
      .then(async (next) => {
        if (next) await saveWorkspaceKeys(this.ring.workspaceId, [next]);
      });
    this.keepingOut = run;
    const done = () => {
      if (this.keepingOut === run) this.keepingOut = null;
    };
    run.then(done, done);
    run.then(
      () => this.hooks.onProblem?.('rotation-failed', false),
      (err: unknown) => {
        console.warn(`could not change the key after a removal: ${String(err)}`);
        this.hooks.onProblem?.('rotation-failed', true);
        this.retryLater();
      },
    );
    return run;
  }

  /** Gives the newest key to the members wanting it whom the guard lets through (one grant at a time). */
  private grant(): void {
    if (this.granting) return void (this.grantAgain = true);
    const guard = this.hooks.guard ?? (async () => []);
    this.granting = guard(this.sync.wanting())
      .then((members) => (members.length > 0 ? this.sync.grant(members) : undefined))
      .then(
        () => this.hooks.onProblem?.('grant-failed', false),
        (err: unknown) => {
          console.warn(`could not give the new key: ${String(err)}`);
          this.hooks.onProblem?.('grant-failed', true);
          this.retryLater();
        },
      )
      .finally(() => {
        this.granting = null;
        if (!this.grantAgain || this.stopped) return;
        this.grantAgain = false;
        if (this.sync.synced && this.sync.wanting().length > 0) this.grant();
      });
  }

  /** Tries a failed grant or rotation again later, when the room is synced then (else its next sync does). */
  private retryLater(): void {
    if (this.retryTimer || this.stopped) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.stopped || !this.sync.synced) return;
      void this.keepRemovedOut().catch(() => undefined);
      if (this.sync.wanting().length > 0) this.grant();
    }, RETRY_MS);
  }

  /** Whether the key room has delivered everything it held (the roster is known). */
  get synced(): boolean {
    return this.sync.synced;
  }

  /** Whether the room holds a rotation whose key this device lacks. */
  get newestKeyMissing(): boolean {
    return this.sync.synced && this.sync.newestKeyMissing;
  }

  setOnline(online: boolean): void {
    this.online = online;
    if (online) this.connect();
    else this.socket?.close();
  }

  destroy(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.socket?.close();
  }

  private connect(): void {
    if (this.stopped || !this.online || this.socket) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const token = encodeURIComponent(this.config.token);
    const room = keyRoomName(this.ring.workspaceId);
    const socket = new WebSocket(`${this.config.url}${SEALED_PATH}/${room}?${TOKEN_PARAM}=${token}`);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onopen = () => {
      this.failures = 0;
      this.sync.connected({ send: (frame) => socket.send(frame) });
    };
    socket.onmessage = (event: MessageEvent<ArrayBuffer>) => {
      const frame = new Uint8Array(event.data);
      if (frame[0] === MESSAGE_ROLE) return; // the relay's role message: the index connection reads it
      try {
        this.sync.receive(frame);
      } catch {
        socket.close(); // not a sealed-room message: start again
      }
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      // A refused entry (a rotation another owner's beat) was dropped: connect again to read theirs.
      const refusedEntry = this.sync.disconnected(event.code, event.reason);
      if (refusedEntry) console.warn(`the relay refused a key room entry: ${event.reason}`);
      if (this.stopped || !this.online || (event.code >= 4000 && !shouldRetry(event.code) && !refusedEntry)) return;
      const delay = Math.min(2 ** this.failures++ * 100, MAX_BACKOFF_MS);
      this.timer = setTimeout(() => this.connect(), delay);
    };
  }
}
