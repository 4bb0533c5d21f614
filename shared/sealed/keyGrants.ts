import { bytesToHex } from '@noble/ciphers/utils.js';
import type { PinnedDevice } from './roster.ts';

/** A pinned device (one of a member's) that has no envelope of the newest epoch. */
export type KeyWanted = PinnedDevice;

/**
 * Who holds which epoch, as far as the key room shows (docs/private-workspaces.md, Grants): the
 * devices each rotation or grant wrapped a key for, and the epoch each device's roster record was
 * sealed under (the newest key that device held then). A device pinned under an older epoch than
 * the newest and never given it (a pending invitation's link carried the old key, or a member
 * opened their link on another computer after a rotation) wants a grant.
 */
export class KeyGrants {
  private readonly wrapped = new Map<number, Set<string>>();
  /** Per device key (hex): the epoch its roster record was sealed under. */
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

  /** Notes the epoch the roster record pinning `publicKey` was sealed under. */
  notePinned(publicKey: Uint8Array, epoch: number): void {
    const hex = bytesToHex(publicKey);
    if (!this.rosterEpochs.has(hex)) this.rosterEpochs.set(hex, epoch);
  }

  /** The pinned devices (from `pinned`) other than `self` (this device's key) that lack the key of `epoch`. */
  wanting(epoch: number, pinned: readonly KeyWanted[], self: Uint8Array): KeyWanted[] {
    const wrapped = this.wrapped.get(epoch);
    const selfHex = bytesToHex(self);
    return pinned.filter(({ publicKey }) => {
      const hex = bytesToHex(publicKey);
      return hex !== selfHex && (this.rosterEpochs.get(hex) ?? epoch) < epoch && !wrapped?.has(hex);
    });
  }
}

/**
 * Of `wanted`, the members an owner's app may give the newest key to (each once, for all their
 * devices that want it): those the relay still lists (members or pending invitations) and not
 * removed from this computer. A relay could replay a removed member's device key, or keep listing
 * them; it cannot make this computer forget a removal.
 */
export function mayGrant(
  wanted: readonly KeyWanted[],
  listed: ReadonlySet<string>,
  removed: ReadonlySet<string>,
): string[] {
  return [...new Set(wanted.map((w) => w.member))].filter((m) => listed.has(m) && !removed.has(m));
}
