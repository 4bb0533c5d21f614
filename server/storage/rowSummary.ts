import * as Y from 'yjs';
import type { RowSummary } from './updateStore.ts';

/** The summary of a stored row (one decoding pass each; made at compaction, kept beside the row). */
export function summarize(update: Uint8Array): RowSummary {
  const stateVector = Y.encodeStateVectorFromUpdate(update);
  return { stateVector, deleteSet: Y.diffUpdate(update, stateVector) };
}
