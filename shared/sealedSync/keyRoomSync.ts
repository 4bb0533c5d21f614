import { randomBytes } from '@noble/ciphers/utils.js';
import { KeyRing } from '../sealed/epochKeys.ts';
import type { EpochKey } from '../sealed/epochKeys.ts';
import { wrapEpochKey } from '../sealed/keyEnvelope.ts';
import type { DeviceKeyPair } from '../sealed/keyEnvelope.ts';
import { decodeKeyRoomEntry, encodeKeyRoomEntry, keyRoomName, MAX_DEVICE_KEYS_PER_MEMBER } from '../sealed/keyRoom.ts';
import type { KeyRoomEntry } from '../sealed/keyRoom.ts';
import { OpenError } from '../sealed/openError.ts';
import { followKeyChain, keyForDevice, rotateEpoch } from '../sealed/rotation.ts';
import { KeyGrants } from '../sealed/keyGrants.ts';
import type { KeyWanted } from '../sealed/keyGrants.ts';
import { decodeRosterEntry, encodeRosterEntry, Roster } from '../sealed/roster.ts';
import { DEVICE_ID_BYTES, openRecord, sealRecord } from '../sealed/sealedRecord.ts';
import type { Role } from '../protocol/tokenPayload.ts';
import type { SealedSocket } from './sealedSync.ts';
import { AppendRefused, KeyRoomLink } from './keyRoomLink.ts';
import { CLOSE_FORBIDDEN } from '../protocol/closeCodes.ts';

/** What the key room of a private workspace needs. */
export interface KeyRoomOptions {
  ring: KeyRing;
  /** This device's key pair (its public half is published in the roster). */
  device: DeviceKeyPair;
  /** This member's id (their token's): the roster entry is theirs. */
  member: string;
  /** Keys were added to `ring` (an envelope, or the chain walked back): store them. */
  onKeys?(keys: EpochKey[]): void;
  /** The room delivered everything it held (the roster is known). */
  onSynced?(): void;
  /** A roster or rotation entry was refused: reported, never used. */
  onRefused?(err: OpenError): void;
  /**
   * This device's own key was not published or not stored (`OwnKeyRefusal`): it gets no new keys.
   * Told once per KeyRoomSync.
   */
  onOwnKeyRefused?(why: OwnKeyRefusal, detail: string): void;
  /**
   * Devices pinned since the newest rotation that have not got its key (a pending invitation's
   * link carried an older one, or a member opened theirs on another computer); told once the room
   * is synced and on each new device key. An owner's app checks they are still members and calls
   * `grant`.
   */
  onKeyWanted?(wanted: KeyWanted[]): void;
  /**
   * Whether the room holds a rotation whose key this device did not get changed (an owner's app
   * gives it once online): told on each change.
   */
  onNewestKeyMissing?(missing: boolean): void;
}

/**
 * Why this device's key is not in the roster: `too-many-devices`, its member has
 * `MAX_DEVICE_KEYS_PER_MEMBER` already (seen in the roster, or the relay refused it with 4403);
 * `refused`, the relay refused it otherwise (a full key room, 4422).
 */
export type OwnKeyRefusal = 'too-many-devices' | 'refused';

/** Most roster records kept waiting for the key of their epoch. */
const MAX_WAITING = 2000;

/**
 * A private workspace's key room (docs/private-workspaces.md, Key room), over the sealed-room
 * protocol: reads the roster (pinning each member's device keys, up to MAX_DEVICE_KEYS_PER_MEMBER)
 * and the rotations (its own envelope, the chain), publishes this device's key once, and lets an
 * owner rotate.
 */
export class KeyRoomSync {
  readonly roster = new Roster();
  /** Newest rotation epoch seen in the room. */
  rotationEpoch = 0;
  private readonly room: string;
  private readonly device = randomBytes(DEVICE_ID_BYTES);
  private counter = 0;
  private readonly link: KeyRoomLink;
  private published = false;
  private readonly chains: Uint8Array[] = [];
  private readonly grants = new KeyGrants();
  private waitingRoster: { member: string; record: Uint8Array }[] = [];
  private missing = false;

  constructor(private readonly options: KeyRoomOptions) {
    this.room = keyRoomName(options.ring.workspaceId);
    this.link = new KeyRoomLink({
      entry: (bytes, role, member) => this.receiveEntry(bytes, role, member),
      caughtUp: () => {
        this.publishOwnKey();
        this.options.onSynced?.();
        this.tellKeyWanted();
        this.tellNewestKeyMissing();
      },
    });
  }

  /** True once the current connection has received everything the room held. */
  get synced(): boolean {
    return this.link.synced;
  }

  /** Whether the room holds a rotation to an epoch whose key this device does not hold. */
  get newestKeyMissing(): boolean {
    return this.rotationEpoch > this.options.ring.current().epoch;
  }

  /** The socket is open: subscribe after the last entry held, send what waits. */
  connected(socket: SealedSocket): void {
    this.link.connected(socket);
  }

  /**
   * The socket closed (with the relay's `code` and `reason` when it closed it); true when that
   * refused an entry this device appended (it was dropped: see KeyRoomLink).
   */
  disconnected(code?: number, reason?: string): boolean {
    return this.link.disconnected(code, reason);
  }

  /** Handles one frame from the relay; throws on one that is not a sealed-room message. */
  receive(frame: Uint8Array): void {
    this.link.receive(frame);
  }

  /**
   * Rotates after a removal (owners): a new epoch key wrapped for every pinned device key of every
   * member in `remaining` (the chain record lets them walk back); a removed member's devices, none. Resolves once the relay stored it;
   * only then is the key added to the ring, so nothing is sealed under a key nobody else can get.
   */
  rotate(remaining: readonly string[]): Promise<EpochKey> {
    const { ring } = this.options;
    const draft = new KeyRing(ring.workspaceId, ring.all());
    const keys = [...new Set(remaining)].flatMap((m) => this.roster.keysOf(m));
    const rotation = rotateEpoch(draft, keys);
    const entry: KeyRoomEntry = {
      type: 'rotation',
      epoch: rotation.next.epoch,
      chain: rotation.chainRecord,
      envelopes: rotation.envelopes,
    };
    return this.link.append(encodeKeyRoomEntry(entry)).then(() => {
      this.chains.push(rotation.chainRecord);
      this.grants.noteEnvelopes(entry.epoch, keys);
      this.rotationEpoch = Math.max(this.rotationEpoch, rotation.next.epoch);
      this.addKeys([rotation.next]);
      return rotation.next;
    });
  }

  /**
   * Gives the newest epoch's key to every pinned device of `members` that lacks it (owners, after
   * checking they are still members); resolves once the relay stored the grant.
   */
  async grant(members: readonly string[]): Promise<void> {
    const { ring } = this.options;
    const current = ring.current();
    const wanted = this.wanting().filter((w) => members.includes(w.member));
    if (wanted.length === 0 || current.epoch === 0) return;
    const envelopes = wanted.map(({ publicKey }) => ({
      recipient: publicKey,
      envelope: wrapEpochKey(ring.workspaceId, current, publicKey),
    }));
    await this.link.append(encodeKeyRoomEntry({ type: 'grant', epoch: current.epoch, envelopes }));
    this.grants.noteEnvelopes(
      current.epoch,
      envelopes.map((e) => e.recipient),
    );
  }

  /**
   * Of the members removed on this computer (`removed`: member id → the newest epoch this computer
   * held when it removed them), those who may hold the newest key: no rotation since their removal,
   * or a rotation (another owner's, made at the same time) wrapped it for one of their devices.
   */
  removedHoldingNewest(removed: ReadonlyMap<string, number>): string[] {
    const newest = this.options.ring.current().epoch;
    return [...removed].flatMap(([member, removedAt]) => {
      const wrapped = this.roster.keysOf(member).some((key) => this.grants.wrappedFor(newest, key));
      return newest <= removedAt || wrapped ? [member] : [];
    });
  }

  /** The pinned devices other than this one that lack the newest epoch's key (this member's others too). */
  wanting(): KeyWanted[] {
    const { ring, device } = this.options;
    return this.grants.wanting(ring.current().epoch, this.roster.devices(), device.publicKey);
  }

  private tellNewestKeyMissing(): void {
    if (!this.link.synced || this.newestKeyMissing === this.missing) return;
    this.missing = this.newestKeyMissing;
    this.options.onNewestKeyMissing?.(this.missing);
  }

  private tellKeyWanted(): void {
    if (!this.link.synced || !this.options.onKeyWanted) return;
    const wanted = this.wanting();
    if (wanted.length > 0) this.options.onKeyWanted(wanted);
  }

  /**
   * Publishes this device's key unless the roster pins it already; not when this member has as
   * many device keys as one may have (the relay would refuse it): reported (`onOwnKeyRefused`), and
   * this device gets no new keys.
   */
  private publishOwnKey(): void {
    const { member, device, ring } = this.options;
    if (this.published || this.roster.has(member, device.publicKey)) return;
    this.published = true;
    const tooMany = `you have ${MAX_DEVICE_KEYS_PER_MEMBER} device keys in this workspace already: this device gets no new keys`;
    if (this.roster.keysOf(member).length >= MAX_DEVICE_KEYS_PER_MEMBER)
      return this.options.onOwnKeyRefused?.('too-many-devices', tooMany);
    const entry = { member, publicKey: device.publicKey };
    const header = { kind: 'roster' as const, device: this.device, counter: ++this.counter };
    const record = sealRecord(ring, this.room, header, encodeRosterEntry(entry));
    // The relay does not send a writer its own record back: pinned once stored.
    this.link.append(encodeKeyRoomEntry({ type: 'roster', record })).then(
      () => {
        try {
          this.roster.pin(member, entry);
        } catch (err) {
          // Another device of this member took the last place meanwhile.
          if (err instanceof OpenError) this.options.onOwnKeyRefused?.('too-many-devices', err.message);
        }
      },
      (err: unknown) => {
        const forbidden = err instanceof AppendRefused && err.code === CLOSE_FORBIDDEN;
        this.options.onOwnKeyRefused?.(forbidden ? 'too-many-devices' : 'refused', String(err));
      },
    );
  }

  private receiveEntry(bytes: Uint8Array, role: Role, member: string): void {
    try {
      const entry = decodeKeyRoomEntry(bytes);
      if (entry.type === 'roster') this.receiveRoster(member, entry.record);
      else if (role !== 'owner') throw new OpenError('not allowed', `a rotation written by a ${role}`);
      else this.receiveRotation(entry, member);
    } catch (err) {
      const refusal = err instanceof OpenError ? err : new OpenError('malformed', String(err));
      this.options.onRefused?.(refusal);
    }
  }

  private receiveRoster(member: string, record: Uint8Array): void {
    const { ring } = this.options;
    let opened;
    try {
      opened = openRecord(ring, this.room, record);
    } catch (err) {
      // Sealed under an epoch not held yet (a newer member's): kept until the key arrives.
      if (err instanceof OpenError && err.failure === 'unknown epoch' && this.waitingRoster.length < MAX_WAITING)
        return void this.waitingRoster.push({ member, record });
      throw err;
    }
    if (opened.kind !== 'roster') throw new OpenError('malformed', `a ${opened.kind} record in the roster`);
    const entry = decodeRosterEntry(opened.payload);
    if (!this.roster.pin(member, entry)) return;
    this.grants.notePinned(entry.publicKey, opened.epoch);
    this.tellKeyWanted();
  }

  private receiveRotation(entry: Exclude<KeyRoomEntry, { type: 'roster' }>, writer: string): void {
    const { ring, device } = this.options;
    if (entry.type === 'rotation') {
      this.chains.push(entry.chain);
      this.rotationEpoch = Math.max(this.rotationEpoch, entry.epoch);
    }
    // Who got a key: rotations, and this member's own grants (others' cannot be checked: a grant
    // the relay made up for a device must not stop the real one).
    if (entry.type === 'rotation' || writer === this.options.member)
      this.grants.noteEnvelopes(
        entry.epoch,
        entry.envelopes.map((e) => e.recipient),
      );
    const key = keyForDevice(ring, device, entry, this.chains);
    this.addKeys(key ? [key] : []);
    this.tellKeyWanted();
    this.tellNewestKeyMissing();
  }

  /** Adds `keys`, walks the chain back as far as it goes, retries waiting roster records, reports. */
  private addKeys(keys: EpochKey[]): void {
    const { ring } = this.options;
    const before = new Set(ring.all().map((k) => k.epoch));
    for (const key of keys) ring.add(key);
    try {
      followKeyChain(ring, this.chains);
    } catch (err) {
      if (!(err instanceof OpenError)) throw err;
      this.options.onRefused?.(err);
    }
    const added = ring.all().filter((k) => !before.has(k.epoch));
    if (added.length === 0) return;
    const waiting = this.waitingRoster;
    this.waitingRoster = [];
    for (const { member, record } of waiting) {
      try {
        this.receiveRoster(member, record);
      } catch (err) {
        if (err instanceof OpenError) this.options.onRefused?.(err);
      }
    }
    this.options.onKeys?.(added);
    this.tellNewestKeyMissing();
  }
}
