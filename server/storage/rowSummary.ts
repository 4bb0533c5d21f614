import * as Y from 'yjs';
import type { RowSummary } from './updateStore.ts';

/** The summary of a stored row (one decoding pass each; made at compaction, kept beside the row). */
export function summarize(update: Uint8Array): RowSummary {
  const stateVector = Y.encodeStateVectorFromUpdate(update);
  return { stateVector, deleteSet: Y.diffUpdate(update, stateVector) };
}

/**
 * The summary of `Y.encodeStateAsUpdate(doc)` read from the document itself, byte for byte what
 * `summarize` would make of that update (a test compares them), without decoding it twice.
 */
export function summarizeDoc(doc: Y.Doc): RowSummary {
  const stateVector = Y.encodeStateVector(doc);
  return { stateVector, deleteSet: Y.encodeStateAsUpdate(doc, stateVector) };
}
