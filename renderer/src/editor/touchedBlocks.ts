import type { Transaction } from '@tiptap/pm/state';

/**
 * The span of top-level blocks a transaction changed: `from`..`to` in its resulting document and
 * `from`..`oldTo` in the one before (what lies outside is the same in both, only shifted). Found from
 * the steps alone, so it costs the change, not the document; null when a step says nothing about
 * where it changed (a document attribute, an unknown step): then the caller redoes everything.
 */
export interface TouchedBlocks {
  from: number;
  to: number;
  oldTo: number;
}

type Located = { from?: unknown; to?: unknown; pos?: unknown };

/** Where a step changed its document, in that document's positions; null when it does not say. */
function stepRange(step: Located): { from: number; to: number } | null {
  if (typeof step.from === 'number' && typeof step.to === 'number') return { from: step.from, to: step.to };
  if (typeof step.pos === 'number') return { from: step.pos, to: step.pos + 1 };
  return null;
}

/** The top-level blocks `tr` changed (see TouchedBlocks), or null. */
export function touchedBlocks(tr: Transaction): TouchedBlocks | null {
  let from = Infinity;
  let to = -Infinity;
  for (let i = 0; i < tr.steps.length; i++) {
    const range = stepRange(tr.steps[i] as unknown as Located);
    if (!range) return null;
    const rest = tr.mapping.slice(i);
    from = Math.min(from, rest.map(range.from, -1));
    to = Math.max(to, rest.map(range.to, 1));
  }
  const doc = tr.doc;
  const size = doc.content.size;
  if (from === Infinity) return { from: 0, to: 0, oldTo: 0 };
  const $from = doc.resolve(Math.max(0, Math.min(from, size)));
  const $to = doc.resolve(Math.max(0, Math.min(Math.max(from, to), size)));
  const start = $from.depth > 0 ? $from.before(1) : $from.pos;
  const end = $to.depth > 0 ? $to.after(1) : $to.pos;
  const oldTo = end + tr.before.content.size - size;
  // The old end must be a top-level boundary at or after the start; anything else: redo everything.
  if (oldTo < start || oldTo > tr.before.content.size || tr.before.resolve(oldTo).depth !== 0) return null;
  return { from: start, to: end, oldTo };
}
