import type { Node as PMNode } from '@tiptap/pm/model';
import type { Random } from './random.ts';

/** Positions inside textblocks (where a caret can be), with the textblock's start. */
function caretPositions(doc: PMNode): { pos: number; blockStart: number }[] {
  const known = cache.get(doc);
  if (known) return known;
  const out: { pos: number; blockStart: number }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // Positions between the block's inline children and inside its text (not inside footnotes).
    let at = pos + 1;
    out.push({ pos: at, blockStart: pos + 1 });
    node.forEach((child) => {
      if (child.isText) for (let i = 1; i <= child.nodeSize; i++) out.push({ pos: at + i, blockStart: pos + 1 });
      else out.push({ pos: at + child.nodeSize, blockStart: pos + 1 });
      at += child.nodeSize;
    });
    return false;
  });
  cache.set(doc, out);
  return out;
}

const cache = new WeakMap<PMNode, { pos: number; blockStart: number }[]>();

/** A random caret position, or null in a document without text blocks. */
export function randomCaret(rnd: Random, doc: PMNode): number | null {
  const all = caretPositions(doc);
  return all.length ? rnd.pick(all).pos : null;
}

/** Two random caret positions in order (a range, possibly across blocks). */
export function randomRange(rnd: Random, doc: PMNode, maxSpan: number): [number, number] | null {
  const all = caretPositions(doc);
  if (all.length === 0) return null;
  const i = rnd.int(0, all.length - 1);
  const j = Math.min(all.length - 1, i + rnd.int(0, maxSpan));
  return [all[i]!.pos, all[j]!.pos];
}

/** Start positions of the textblocks. */
export function blockStarts(doc: PMNode): number[] {
  return [...new Set(caretPositions(doc).map((c) => c.blockStart))];
}
