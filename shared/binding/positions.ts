import type { Node as PMNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import type { IncrementalBinding } from './IncrementalBinding.ts';

/**
 * A ProseMirror position as a Yjs relative position, like y-tiptap's absolutePositionToRelativePosition
 * but walking only the top-level block holding it (the binding knows each block's Yjs element)
 * instead of every block before it. Positions between blocks, at a block's start or in a document
 * Yjs does not hold yet take y-tiptap's walk.
 */
export function relativePosition(binding: IncrementalBinding, doc: PMNode, pos: number): unknown {
  const $pos = doc.resolve(pos);
  const local = $pos.depth > 0 ? pos - $pos.start(1) : 0;
  const el = $pos.depth > 0 && doc === binding.syncedDoc ? binding.blocks[$pos.index(0)] : undefined;
  if (!el || local <= 0) return absolutePositionToRelativePosition(pos, binding.type, binding.mapping);
  return absolutePositionToRelativePosition(local, el as unknown as Y.XmlFragment, binding.mapping);
}

/** The size in ProseMirror positions of a Yjs child that is not deleted (null: not rendered). */
function sizeOf(type: Y.AbstractType<unknown>, mapping: IncrementalBinding['mapping']): number | null {
  if (type instanceof Y.XmlText) return type.length;
  const node = mapping.get(type as Parameters<IncrementalBinding['mapping']['get']>[0]) as PMNode | undefined;
  return node ? node.nodeSize : null;
}

/**
 * The offset inside the content of `block` (a top-level element) of a decoded Yjs position, the
 * way y-tiptap's relativePositionToAbsolutePosition counts in the whole body, but from the block's
 * start: sizes of siblings come from Yjs text lengths and the mapped nodes. Null when a sibling is
 * not rendered. (y-tiptap's own walk, asked for a block, refuses offsets 0 and 1 of a text: for the
 * whole body those are the document's start, where a position of a moved block can land.)
 */
function offsetInBlock(
  block: Y.XmlElement,
  at: { type: Y.AbstractType<unknown>; index: number },
  mapping: IncrementalBinding['mapping'],
): number | null {
  let type = at.type;
  let pos = 0;
  if (type instanceof Y.XmlText) pos = at.index;
  else if (!type._item?.deleted) {
    let i = 0;
    for (let n = type._start; n && i < at.index; n = n.right) {
      if (n.deleted) continue;
      i++;
      const size = sizeOf((n.content as Y.ContentType).type, mapping);
      if (size === null) return null;
      pos += size;
    }
    pos += 1;
  }
  while (type !== block) {
    const parent = type._item?.parent as Y.AbstractType<unknown> | undefined;
    if (!parent) return null;
    if (!parent._item?.deleted) {
      pos += 1;
      for (let n = parent._start; n; n = n.right) {
        const child = (n.content as Y.ContentType).type;
        if (child === type) break;
        if (n.deleted) continue;
        const size = sizeOf(child, mapping);
        if (size === null) return null;
        pos += size;
      }
    }
    type = parent;
  }
  return pos - 1;
}

/**
 * Where a Yjs relative position is in the document (null: nowhere), like y-tiptap's
 * relativePositionToAbsolutePosition but walking only inside the top-level block holding it; the
 * blocks before it are summed from ProseMirror's node sizes. Falls back to y-tiptap's walk between
 * blocks, and when the document is not the one Yjs holds.
 */
export function absolutePosition(binding: IncrementalBinding, doc: PMNode, rel: Y.RelativePosition): number | null {
  const full = () => relativePositionToAbsolutePosition(binding.doc, binding.type, rel, binding.mapping);
  if (doc !== binding.syncedDoc) return full();
  const at = Y.createAbsolutePositionFromRelativePosition(rel, binding.doc);
  let top: Y.AbstractType<unknown> | null = at?.type ?? null;
  while (top && top._item && top._item.parent !== binding.type) top = top._item.parent as Y.AbstractType<unknown>;
  const index = top?._item && !top._item.deleted ? binding.blocks.indexOf(top as Y.XmlElement) : -1;
  if (!at || index < 0) return full();
  const local = offsetInBlock(top as Y.XmlElement, at, binding.mapping);
  if (local === null) return full();
  let start = 0;
  for (let i = 0; i < index; i++) start += doc.child(i).nodeSize;
  return start + 1 + local;
}
