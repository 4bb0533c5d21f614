import * as Y from 'yjs';

/** Below this many updates Y.mergeUpdates is fastest; above it, its cost grows far faster than replaying. */
const MERGE_DIRECTLY_UP_TO = 64;

/**
 * One update equivalent to a whole stored log. Y.mergeUpdates is the natural tool, but measured on
 * a 100,000-update log it took over a minute where replaying the log into a Y.Doc took under one
 * second (bench: "Cold load on the relay"). Long logs are therefore replayed; when the log holds
 * updates whose dependencies are missing (a replayed Y.Doc would drop those from its encoding),
 * the merge is used after all, so nothing is ever lost.
 */
export function mergeLog(updates: readonly Uint8Array[]): Uint8Array {
  if (updates.length === 1) return updates[0]!;
  if (updates.length <= MERGE_DIRECTLY_UP_TO) return Y.mergeUpdates([...updates]);
  const doc = new Y.Doc({ gc: false });
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return Y.mergeUpdates([...updates]);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
