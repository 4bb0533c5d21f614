import * as Y from 'yjs';
import type { MarkType, Node as PMNode } from '@tiptap/pm/model';
import { updateYFragment } from '@tiptap/y-tiptap';
import type { BodyState } from './remoteSteps.ts';
import { writeNodeMarks, writeOwnNodeMarks } from './nodeMarks.ts';
import { bindElement } from './readYjs.ts';

/** The body plus y-tiptap's cache of which marks may overlap (its writer keys those by a hash). */
export interface WritableBody extends BodyState {
  isOMark: Map<MarkType, boolean>;
}

type Pair = { el: Y.XmlElement; old: PMNode | undefined; node: PMNode };

const textOf = new WeakMap<PMNode, string>();
function text(node: PMNode): string {
  let t = textOf.get(node);
  if (t === undefined) textOf.set(node, (t = node.textContent));
  return t;
}

/** How much a new block looks like an old one: the same object, equal, or the text they share at both ends. */
function likeness(old: PMNode | undefined, node: PMNode): number {
  if (old === node) return 1e9;
  if (!old || old.type !== node.type) return 0;
  if (old.eq(node)) return 1e6;
  const a = text(old);
  const b = text(node);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return 1 + head + tail;
}

/**
 * Where the contiguous run of inserted (or deleted) blocks sits among the changed ones: the place
 * that pairs each remaining old block with the new block most like it, so a split keeps the Yjs
 * paragraph in the half that kept its text and a join keeps the first. Pairs earlier blocks on ties.
 */
function gapAt(oldNodes: (PMNode | undefined)[], newNodes: PMNode[]): number {
  const m = oldNodes.length;
  const n = newNodes.length;
  const pairs = Math.min(m, n);
  const gap = Math.abs(n - m);
  if (gap === 0 || pairs === 0 || pairs * (gap + 1) > 4000) return pairs;
  let best = pairs;
  let bestScore = -1;
  for (let d = pairs; d >= 0; d--) {
    let score = 0;
    for (let i = 0; i < pairs; i++) {
      const shifted = i >= d ? i + gap : i;
      score += n > m ? likeness(oldNodes[i], newNodes[shifted]!) : likeness(oldNodes[shifted], newNodes[i]!);
    }
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/**
 * Writes the top-level blocks `oldEls` (rendered as `oldNodes`) as `newNodes`, starting at index
 * `start` of the body, inside the caller's Yjs transaction. Blocks that keep their type are updated
 * in place with y-tiptap's own differ (so concurrent edits to them merge character by character
 * and comment anchors stay); the rest are deleted or created. Returns the resulting Yjs elements.
 */
function writeBlocks(
  y: Y.Doc,
  body: WritableBody,
  start: number,
  oldEls: Y.XmlElement[],
  oldNodes: (PMNode | undefined)[],
  newNodes: PMNode[],
): Y.XmlElement[] {
  const d = gapAt(oldNodes, newNodes);
  const gap = Math.abs(newNodes.length - oldEls.length);
  const growing = newNodes.length >= oldEls.length;
  const result: Y.XmlElement[] = [];
  const previous = () => (result.length ? result[result.length - 1]! : start > 0 ? body.blocks[start - 1]! : null);
  const create = (node: PMNode) => {
    const el = new Y.XmlElement(node.type.name);
    body.fragment.insertAfter(previous(), [el]);
    updateYFragment(y, el, node, body);
    writeNodeMarks(el, node);
    result.push(el);
  };
  const pair = ({ el, old, node }: Pair) => {
    if (old === node) result.push(el);
    else if (el.nodeName === node.type.name) {
      updateYFragment(y, el, node, body);
      // y-tiptap's writer maps the first descendant it finds equal without looking below, and it
      // compares without marks on nodes: the nodes below could be from before a mark was added, and
      // a later remote edit would reuse them (soak, seed 3454). One walk of the block maps every
      // element to its node and writes its marks (which y-tiptap's writer does not).
      bindElement(el, node, body.mapping, writeOwnNodeMarks);
      result.push(el);
    } else {
      body.fragment.delete(start + result.length, 1);
      create(node);
    }
  };
  const pairs = Math.min(oldEls.length, newNodes.length);
  for (let i = 0; i < pairs; i++) {
    if (i === d) {
      if (growing) newNodes.slice(d, d + gap).forEach(create);
      else body.fragment.delete(start + result.length, gap);
    }
    const oldIndex = !growing && i >= d ? i + gap : i;
    const newIndex = growing && i >= d ? i + gap : i;
    pair({ el: oldEls[oldIndex]!, old: oldNodes[oldIndex], node: newNodes[newIndex]! });
  }
  if (d === pairs && gap > 0) {
    if (growing) newNodes.slice(d, d + gap).forEach(create);
    else body.fragment.delete(start + result.length, gap);
  }
  return result;
}

/**
 * Writes into the body (inside the caller's Yjs transaction) what differs between `before`, the
 * document Yjs holds, and `after`: the top-level blocks between the first and the last that are no
 * longer the same node objects (ProseMirror shares every untouched node). Returns the new blocks.
 */
export function writeDifference(y: Y.Doc, body: WritableBody, before: PMNode, after: PMNode): Y.XmlElement[] {
  const children = (node: PMNode, from: number, to: number) => {
    const out: PMNode[] = [];
    for (let i = from; i < to; i++) out.push(node.child(i));
    return out;
  };
  if (before.childCount !== body.blocks.length) {
    // Yjs holds no block yet (an empty body shows one empty paragraph): write everything once typed.
    if (body.blocks.length === 0 && after.eq(after.type.createAndFill()!)) return body.blocks;
    const olds = body.blocks.map((el) => body.mapping.get(el) as PMNode | undefined);
    return writeBlocks(y, body, 0, body.blocks.slice(), olds, children(after, 0, after.childCount));
  }
  const min = Math.min(before.childCount, after.childCount);
  let start = 0;
  while (start < min && before.child(start) === after.child(start)) start++;
  let end = 0;
  while (end < min - start && before.child(before.childCount - 1 - end) === after.child(after.childCount - 1 - end))
    end++;
  const oldEls = body.blocks.slice(start, before.childCount - end);
  const written = writeBlocks(
    y,
    body,
    start,
    oldEls,
    children(before, start, before.childCount - end),
    children(after, start, after.childCount - end),
  );
  const blocks = body.blocks.slice();
  blocks.splice(start, oldEls.length, ...written);
  return blocks;
}
