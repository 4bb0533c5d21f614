import * as Y from 'yjs';
import type { RowSummary } from '../storage/updateStore.ts';
import { relayDoc } from './relayDoc.ts';

/** Below this many stored rows Y.mergeUpdates is fastest; above it, replaying into a Y.Doc (see mergeLog.ts). */
const MERGE_DIRECTLY_UP_TO = 64;
const EMPTY_STATE_VECTOR = new Uint8Array([0]);
const EMPTY_UPDATE = new Uint8Array([0, 0]);

/**
 * A room's document: the stored bytes as loaded, and the Y.Doc built from them only when something
 * needs one (an update to apply, a commenter's check). Until then first syncs are answered from the
 * bytes: an empty client gets them as they are, another the part it lacks (Y.diffUpdate); so
 * opening a document that nobody edits costs no Y.Doc.
 */
export class RoomState {
  private stored: Uint8Array | null = null;
  private built: Y.Doc | null = null;
  private vector: { encoded: Uint8Array; clocks: Map<number, number> | null } | null = null;
  /** The stored bytes' deletions as an update without structs, when the store kept them. */
  private deleteSet: Uint8Array | null = null;

  /** `onBuild` is called once with the Y.Doc when it is built (gc off: the relay keeps deleted content). */
  constructor(private readonly onBuild: (doc: Y.Doc) => void) {}

  /**
   * Takes the stored log, and its summary when the store kept one (a compacted document); a long
   * log is replayed into the Y.Doc at once, as merging it would cost more.
   */
  load(updates: readonly Uint8Array[], summary?: RowSummary): void {
    if (updates.length === 0) return;
    if (updates.length === 1) {
      this.stored = updates[0]!;
      if (summary) {
        this.vector = { encoded: summary.stateVector, clocks: null };
        this.deleteSet = summary.deleteSet;
      }
    } else if (updates.length <= MERGE_DIRECTLY_UP_TO) this.stored = Y.mergeUpdates([...updates]);
    else {
      const doc = this.doc;
      doc.transact(() => {
        for (const update of updates) Y.applyUpdate(doc, update);
      });
    }
  }

  /** Whether the Y.Doc exists. */
  get isBuilt(): boolean {
    return this.built !== null;
  }

  /** The Y.Doc, built from the stored bytes when it does not exist yet. */
  get doc(): Y.Doc {
    if (this.built) return this.built;
    const doc = relayDoc({ gc: false });
    if (this.stored) Y.applyUpdate(doc, this.stored);
    this.stored = null;
    this.vector = null;
    this.deleteSet = null;
    this.built = doc;
    this.onBuild(doc);
    return doc;
  }

  /**
   * Whether `update` is known to carry nothing new, without building the Y.Doc: it is exactly the
   * stored document's deletions, which is what an app that has the document answers our sync step 1
   * with (so opening a document does not build a Y.Doc to apply nothing).
   */
  holds(update: Uint8Array): boolean {
    if (this.built || !this.deleteSet) return false;
    return Buffer.from(update.buffer, update.byteOffset, update.length).equals(this.deleteSet);
  }

  /** The room's state vector, encoded. */
  stateVector(): Uint8Array {
    if (this.built) return Y.encodeStateVector(this.built);
    return this.storedVector().encoded;
  }

  /** What a peer with state vector `stateVector` lacks, as one update. */
  missing(stateVector: Uint8Array): Uint8Array {
    if (this.built) return Y.encodeStateAsUpdate(this.built, stateVector);
    if (!this.stored) return EMPTY_UPDATE;
    return isEmptyStateVector(stateVector) ? this.stored : Y.diffUpdate(this.stored, stateVector);
  }

  /** The room's clock for `client`: every change of that client below it is in the document. */
  clock(client: number): number {
    if (this.built) return Y.getState(this.built.store, client);
    const vector = this.storedVector();
    vector.clocks ??= Y.decodeStateVector(vector.encoded);
    return vector.clocks.get(client) ?? 0;
  }

  /** Frees the document. */
  destroy(): void {
    this.built?.destroy();
    this.built = null;
    this.stored = null;
    this.vector = null;
    this.deleteSet = null;
  }

  private storedVector(): { encoded: Uint8Array; clocks: Map<number, number> | null } {
    this.vector ??= {
      encoded: this.stored ? Y.encodeStateVectorFromUpdate(this.stored) : EMPTY_STATE_VECTOR,
      clocks: null,
    };
    return this.vector;
  }
}

/** Whether an encoded state vector names no client (a new, empty replica). */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

/** Whether an update carries nothing: no structs, no deletions (what an empty replica answers a sync with). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}
