import { bytesToHex } from '@noble/ciphers/utils.js';

/** A pinned member whose device has no envelope of the newest epoch. */
export interface KeyWanted {
  member: string;
  publicKey: Uint8Array;
}

/**
 * Who holds which epoch, as far as the key room shows (docs/private-workspaces.md, Grants): the
 * devices each rotation or grant wrapped a key for, and the epoch each member's roster record was
 * sealed under (the newest key their device held then). A member pinned under an older epoch than
 * the newest and never given it (a pending invitation's link carried the old key) wants a grant.
 */
export class KeyGrants {
  private readonly wrapped = new Map<number, Set<string>>();
  private readonly rosterEpochs = new Map<string, number>();

  /** Notes the devices an entry (rotation or grant) of `epoch` wrapped the key for. */
  noteEnvelopes(epoch: number, recipients: readonly Uint8Array[]): void {
    const set = this.wrapped.get(epoch) ?? new Set<string>();
    for (const r of recipients) set.add(bytesToHex(r));
    this.wrapped.set(epoch, set);
  }

  /** Whether an entry of `epoch` wrapped its key for `publicKey`. */
  wrappedFor(epoch: number, publicKey: Uint8Array): boolean {
    return this.wrapped.get(epoch)?.has(bytesToHex(publicKey)) ?? false;
  }

  /** Notes the epoch the pinned roster record of `member` was sealed under. */
  notePinned(member: string, epoch: number): void {
    if (!this.rosterEpochs.has(member)) this.rosterEpochs.set(member, epoch);
  }

  /** The pinned members (from `pinned`) other than `self` who lack the key of `epoch`. */
  wanting(epoch: number, pinned: readonly KeyWanted[], self: string): KeyWanted[] {
    const wrapped = this.wrapped.get(epoch);
    return pinned.filter(
      ({ member, publicKey }) =>
        member !== self && (this.rosterEpochs.get(member) ?? epoch) < epoch && !wrapped?.has(bytesToHex(publicKey)),
    );
  }
}

/**
 * Of `wanted`, the members an owner's app may give the newest key to: those the relay still lists
 * (members or pending invitations) and not removed from this computer. A relay could replay a
 * removed member's device key, or keep listing them; it cannot make this computer forget a removal.
 */
export function mayGrant(
  wanted: readonly KeyWanted[],
  listed: ReadonlySet<string>,
  removed: ReadonlySet<string>,
): string[] {
  return wanted.map((w) => w.member).filter((m) => listed.has(m) && !removed.has(m));
}
