import { getChangedRanges } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { StepMap } from '@tiptap/pm/transform';

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
  // A step that changes one node's attributes or marks in place (AttrStep, as the tag picker sets a
  // section's tags; AddNodeMarkStep, RemoveNodeMarkStep) maps no position, so the ranges above miss
  // it: its node's top-level block changed.
  tr.steps.forEach((step, index) => {
    const at = (step as { pos?: unknown }).pos;
    if (typeof at !== 'number' || tr.mapping.maps[index] !== StepMap.empty) return;
    const mapped = tr.mapping.slice(index + 1).mapResult(at, 1);
    if (mapped.deleted || mapped.pos >= size) return;
    const $pos = doc.resolve(mapped.pos);
    const from = $pos.depth > 0 ? $pos.before(1) : $pos.pos;
    ranges.push({ from, to: from + doc.child($pos.index(0)).nodeSize });
  });
  ranges.sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}
