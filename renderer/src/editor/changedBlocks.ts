import { getChangedRanges } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';

/** A range of whole top-level blocks, in positions of the transaction's resulting document. */
export interface BlockRange {
  readonly from: number;
  readonly to: number;
}

/** Worked out once per transaction: the margin labels, block directions and author colours all ask. */
const known = new WeakMap<Transaction, readonly BlockRange[]>();

/**
 * The top-level blocks a transaction touched (merged, in order), found from its steps alone, so a
 * plugin can redo its work for those blocks and map the rest: proportional to the change, not to the
 * document. A change from Yjs arrives as steps too (shared/binding), except a full re-render, which
 * covers the whole document.
 */
export function changedBlocks(tr: Transaction): readonly BlockRange[] {
  if (!tr.docChanged) return [];
  let ranges = known.get(tr);
  if (!ranges) {
    ranges = blocksOf(tr);
    known.set(tr, ranges);
  }
  return ranges;
}

function blocksOf(tr: Transaction): BlockRange[] {
  const doc = tr.doc;
  const size = doc.content.size;
  const ranges: BlockRange[] = [];
  for (const { newRange } of getChangedRanges(tr)) {
    const $from = doc.resolve(Math.max(0, Math.min(newRange.from, size)));
    const $to = doc.resolve(Math.max(0, Math.min(newRange.to, size)));
    ranges.push({ from: $from.depth > 0 ? $from.before(1) : $from.pos, to: $to.depth > 0 ? $to.after(1) : $to.pos });
  }
  ranges.sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}
