import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

/**
 * Replaces the top-level nodes between `from` and `to` (document positions in `tr.doc`, the
 * boundaries of `oldNodes`) with `newNodes`, by one step over the smallest range that differs: a
 * character typed by a collaborator becomes a one-character ReplaceStep, so ProseMirror maps
 * selections and decorations through it as it would a local edit. Falls back to replacing the
 * whole range if ProseMirror fits the slice differently.
 */
export function replaceMinimal(
  tr: Transaction,
  from: number,
  oldNodes: readonly PMNode[],
  newNodes: readonly PMNode[],
): void {
  const before = Fragment.fromArray(oldNodes as PMNode[]);
  const after = Fragment.fromArray(newNodes as PMNode[]);
  const start = before.findDiffStart(after);
  if (start === null) return;
  const end = before.findDiffEnd(after)!;
  let endA = end.a;
  let endB = end.b;
  // Repeated text ("aa" -> "aaa") makes the two scans overlap; move the end past the start.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  const scratch = tr.doc.type.create(null, after);
  const steps = tr.steps.length;
  tr.replace(from + start, from + endA, scratch.slice(start, endB));
  if (tr.steps.length === steps + 1 && sameRange(tr.doc, from, after)) return;
  const to = tr.mapping.slice(steps).map(from + before.size, 1);
  tr.replaceWith(from, to, after);
}

function sameRange(doc: PMNode, from: number, expected: Fragment): boolean {
  if (from + expected.size > doc.content.size) return false;
  const $from = doc.resolve(from);
  if ($from.depth !== 0) return false;
  const index = $from.index(0);
  for (let i = 0; i < expected.childCount; i++) {
    const child = doc.maybeChild(index + i);
    if (!child || !child.eq(expected.child(i))) return false;
  }
  return true;
}
