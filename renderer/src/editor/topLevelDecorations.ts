import { DecorationSet } from '@tiptap/pm/view';

// ProseMirror asks every decoration set, for each top-level block it redraws or checks (all of them
// on every update of the document), which decorations fall inside that block: a set scans all its
// own decorations for each block, so N blocks and D labels cost N × D (2,278 × 231 at 400 pages,
// most of a collaborator's keystroke). A set of node decorations on top-level blocks alone has
// nothing inside any block, which this prototype answers at once.
const topLevelOnly = Object.create(DecorationSet.prototype, {
  forChild: { value: () => DecorationSet.empty },
}) as DecorationSet;

const views = new WeakMap<DecorationSet, DecorationSet>();

/**
 * `set` as the view reads it, for a set that holds only node decorations of top-level blocks (no
 * inline decorations, no widgets, nothing inside a block): the same decorations, without the scan
 * of every decoration for every block on each update. One view per set, so updates compare equal.
 */
export function asTopLevelDecorations(set: DecorationSet): DecorationSet {
  if (set === DecorationSet.empty) return set;
  let view = views.get(set);
  if (!view) {
    view = Object.assign(Object.create(topLevelOnly) as DecorationSet, set);
    views.set(set, view);
  }
  return view;
}
