import type { Node as PMNode } from '@tiptap/pm/model';
import type { ExportComment } from './reviewData/readComments.ts';

/** Where a comment's range starts or ends inside one textblock (offset into its content). */
export interface CommentPoint {
  offset: number;
  kind: 'start' | 'end';
  /** Index into the list of comments the points were made from. */
  index: number;
}

/** Textblock and offset for `pos`; positions between blocks move into the next (or previous) textblock. */
interface At {
  node: PMNode;
  offset: number;
  /** The absolute position, to keep every range in document order. */
  pos: number;
}

function textblockAt(body: PMNode, pos: number, forward: boolean): At | null {
  const $pos = body.resolve(Math.min(Math.max(pos, 0), body.content.size));
  if ($pos.parent.isTextblock) return { node: $pos.parent, offset: $pos.parentOffset, pos: $pos.pos };
  let found: At | null = null;
  body.nodesBetween(forward ? pos : 0, forward ? body.content.size : pos, (node, at) => {
    if (forward && found) return false;
    if (!node.isTextblock) return !node.isInline;
    if (forward ? at >= pos : at + node.nodeSize <= pos)
      found = { node, offset: forward ? 0 : node.content.size, pos: forward ? at + 1 : at + node.nodeSize - 1 };
    return false;
  });
  return found;
}

/**
 * The start and end points of `comments` grouped by the textblock they fall in, sorted by offset
 * (so that every range starts before it ends). Writers emit them while walking each block's inline content.
 */
export function commentPoints(body: PMNode, comments: readonly ExportComment[]): Map<PMNode, CommentPoint[]> {
  const points = new Map<PMNode, CommentPoint[]>();
  const add = (at: At | null, kind: CommentPoint['kind'], index: number) => {
    if (!at) return;
    const list = points.get(at.node) ?? [];
    list.push({ offset: at.offset, kind, index });
    points.set(at.node, list);
  };
  const empty = new Set<number>();
  comments.forEach((c, index) => {
    const start = textblockAt(body, c.from, true);
    let end = c.to === c.from ? start : textblockAt(body, c.to, false);
    // A range that resolves backwards (nothing but block boundaries in it) becomes a point.
    if (!end || !start || end.pos <= start.pos) end = start;
    if (end === start) empty.add(index);
    add(start, 'start', index);
    add(end, 'end', index);
  });
  // At one offset: ranges that end, then empty ranges (start, end), then ranges that start.
  const rank = (p: CommentPoint) => (p.kind === 'end' ? (empty.has(p.index) ? 2 : 0) : empty.has(p.index) ? 1 : 3);
  for (const list of points.values())
    list.sort((a, b) => a.offset - b.offset || rank(a) - rank(b) || a.index - b.index);
  return points;
}
