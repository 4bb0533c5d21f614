import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';

/** What a document held pending (changes waiting for ones it has not seen) before an update. */
export interface PendingBefore {
  structs: Uint8Array | undefined;
  ds: Uint8Array | null;
}

/**
 * Watches a room's Y.Doc for what one update did, from the transactions Yjs ran it in (no encoding):
 * the clocks it moved, whether it changed anything at all (a duplicate changes nothing, and is
 * neither stored nor forwarded), after a failure what it applied before failing, and the clean-up
 * Yjs runs after a remote change to formatted text (a transaction of the relay's own that deletes
 * redundant formatting marks).
 */
export class TransactionWatch {
  private watching = false;
  private main: Y.Transaction | null = null;
  private followUps: Y.Transaction[] = [];

  /** Starts watching `doc` (once, when it is built). */
  attach(doc: Y.Doc): void {
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (!this.watching) return;
      if (this.main) this.followUps.push(tr);
      else this.main = tr;
    });
  }

  /** Call right before applying an update. */
  start(doc: Y.Doc): PendingBefore {
    this.watching = true;
    this.main = null;
    this.followUps = [];
    return { structs: doc.store.pendingStructs?.update, ds: doc.store.pendingDs };
  }

  /** Stops watching and forgets the update's transactions; returns the deletions of the transactions Yjs ran after the update's own (clean-up), as updates. */
  finish(): Uint8Array[] {
    this.watching = false;
    const own = this.followUps.filter((tr) => tr.deleteSet.clients.size > 0).map((tr) => encodeDeletions(tr.deleteSet));
    this.followUps = [];
    // The transaction names its origin, the writer's connection: an idle room must not keep it alive.
    this.main = null;
    return own;
  }

  /** The clocks the update moved, by client. */
  moved(): Map<number, number> {
    const moved = new Map<number, number>();
    const tr = this.main;
    if (tr)
      for (const [client, clock] of tr.afterState) if (tr.beforeState.get(client) !== clock) moved.set(client, clock);
    return moved;
  }

  /** Whether the update inserted (`moved`: its clocks) or deleted anything, or left something new pending. */
  changed(doc: Y.Doc, before: PendingBefore, moved = this.moved()): boolean {
    if (moved.size > 0 || (this.main && this.main.deleteSet.clients.size > 0)) return true;
    return doc.store.pendingStructs?.update !== before.structs || doc.store.pendingDs !== before.ds;
  }

  /** What the (failed) update applied, as an update: its insertions and the document's deletions; null if nothing. */
  appliedSince(doc: Y.Doc, before: PendingBefore): Uint8Array | null {
    const tr = this.main;
    if (!tr || !this.changed(doc, before)) return null;
    return Y.encodeStateAsUpdate(doc, Y.encodeStateVector(tr.beforeState));
  }
}

/** A Yjs update (format v1) that only deletes: no structs, then the delete set. */
function encodeDeletions(ds: Y.Transaction['deleteSet']): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, ds.clients.size);
  for (const [client, items] of ds.clients) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, items.length);
    for (const item of items) {
      encoding.writeVarUint(encoder, item.clock);
      encoding.writeVarUint(encoder, item.len);
    }
  }
  return encoding.toUint8Array(encoder);
}
