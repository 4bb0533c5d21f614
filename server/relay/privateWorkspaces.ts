import { CLOSE_MADE_PRIVATE } from '../../shared/protocol/closeCodes.ts';
import type { TokenStore } from '../auth/tokenStore.ts';
import type { BlobStore } from '../storage/blobStore.ts';
import type { UpdateStore } from '../storage/updateStore.ts';
import type { Log } from './log.ts';

/** The reason sent with CLOSE_MADE_PRIVATE (the app words it itself, by the code). */
export const MADE_PRIVATE_REASON = 'this workspace is private now: open the new link from its owner';

/** Workspaces remembered as private are forgotten all at once past this many (the store still knows). */
const MEMORY_LIMIT = 10_000;

/** What turning a workspace private needs from the relay. */
export interface PrivateWorkspacesDeps {
  tokens: TokenStore;
  /** The update store, its deletion queued after every write accepted before it. */
  store: Pick<UpdateStore, 'deleteOrdinaryRooms'>;
  blobs: Pick<BlobStore, 'deleteOrdinary'>;
  /** Closes every open connection to the workspace's ordinary rooms with `code` and `reason`. */
  closeOrdinary(workspaceId: string, code: number, reason: string): void;
  /** Unloads the workspace's ordinary rooms now and resolves once their last writes are stored. */
  unloadOrdinary(workspaceId: string): Promise<void>;
  log: Log;
  now(): number;
}

/**
 * Workspaces an owner made private after sharing them in the ordinary way (docs/private-workspaces.md,
 * "Making an existing shared workspace private"): the relay refuses their ordinary rooms and plain
 * images from then on, and keeps none of what it stored of them in the clear.
 */
export class PrivateWorkspaces {
  private readonly known = new Set<string>();

  constructor(private readonly deps: PrivateWorkspacesDeps) {}

  /** Whether `workspaceId` was made private; once private, always private (so only that answer is remembered). */
  async isPrivate(workspaceId: string): Promise<boolean> {
    if (this.known.has(workspaceId)) return true;
    const made = await this.deps.tokens.isPrivate(workspaceId);
    if (made) this.remember(workspaceId);
    return made;
  }

  /** Whether this instance already knows `workspaceId` to be private (no query: for a connection being let in). */
  knownPrivate(workspaceId: string): boolean {
    return this.known.has(workspaceId);
  }

  /**
   * Marks the workspace private, closes its ordinary connections (4410), waits until its ordinary
   * rooms are unloaded, then deletes their stored rows and its plain images. Repeating it is
   * harmless (and deletes again whatever reached the store meanwhile).
   */
  async makePrivate(workspaceId: string): Promise<{ rows: number; images: number }> {
    await this.deps.tokens.markPrivate(workspaceId, Math.floor(this.deps.now() / 1000));
    this.remember(workspaceId);
    return this.enforce(workspaceId);
  }

  /**
   * Closes a private workspace's ordinary connections and rooms on this instance and deletes their
   * rows and plain images: what `makePrivate` does after marking it, and what another instance
   * does when its sweep finds such a connection still open (the mark was made elsewhere).
   */
  async enforce(workspaceId: string): Promise<{ rows: number; images: number }> {
    this.deps.closeOrdinary(workspaceId, CLOSE_MADE_PRIVATE, MADE_PRIVATE_REASON);
    await this.deps.unloadOrdinary(workspaceId);
    const rows = await this.deps.store.deleteOrdinaryRooms(workspaceId);
    const images = await this.deps.blobs.deleteOrdinary(workspaceId);
    this.deps.log(`workspace ${workspaceId} is private: deleted ${rows} stored rows and ${images} plain images`);
    return { rows, images };
  }

  private remember(workspaceId: string): void {
    if (this.known.size >= MEMORY_LIMIT) this.known.clear();
    this.known.add(workspaceId);
  }
}
