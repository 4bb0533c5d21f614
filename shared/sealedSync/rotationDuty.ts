import type { EpochKey } from '../sealed/epochKeys.ts';
import { AppendRefused } from './keyRoomLink.ts';
import type { KeyRoomSync } from './keyRoomSync.ts';

/** Who an owner's app keeps a private workspace's key for, as it knows now. */
export interface KeyHolders {
  /** Members removed on this computer → the newest epoch it held when it removed them. */
  removed: ReadonlyMap<string, number>;
  /** Members whose devices get a new key (this member included); asked only when one is needed. */
  remaining(): Promise<readonly string[]>;
}

/** What `keepRemovedOut` works with. */
export interface RotationDutyDeps {
  sync: KeyRoomSync;
  /** Resolves once the key room has delivered everything it holds (after a refusal: again). */
  synced(): Promise<void>;
  /** The current holders (an owner's app); null for a member who may not rotate. */
  holders(): Promise<KeyHolders | null>;
}

/** Rotations tried before giving up (each refused one means another owner's came first). */
const MAX_ATTEMPTS = 5;

/**
 * Makes sure no member removed on this computer holds the workspace's newest key
 * (docs/private-workspaces.md, Rotation): rotates for the remaining members when one may, and again
 * when the relay refused the rotation because another owner's reached it first (theirs may have
 * wrapped the key for a member removed here). Run after every removal and on every sync, so a
 * rotation lost to a closed app or a refusal is made the next time. Returns the new key, or null
 * when none was needed; throws when other owners' rotations kept winning.
 */
export async function keepRemovedOut(deps: RotationDutyDeps): Promise<EpochKey | null> {
  let rotated: EpochKey | null = null;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    await deps.synced();
    const holders = await deps.holders();
    if (!holders || deps.sync.removedHoldingNewest(holders.removed).length === 0) return rotated;
    try {
      const remaining = await holders.remaining();
      rotated = await deps.sync.rotate(remaining.filter((m) => !holders.removed.has(m)));
    } catch (err) {
      if (!(err instanceof AppendRefused)) throw err;
    }
  }
  throw new Error('the workspace key could not be changed: other owners changed it at the same time; try again');
}
