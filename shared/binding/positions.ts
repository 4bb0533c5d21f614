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

/**
 * Where a Yjs relative position is in the document (null: nowhere), like y-tiptap's
 * relativePositionToAbsolutePosition but walking only inside the top-level block holding it; the
 * blocks before it are summed from ProseMirror's node sizes. Falls back to y-tiptap's walk at a
 * block's edges, between blocks, and when the document is not the one Yjs holds.
 */
export function absolutePosition(binding: IncrementalBinding, doc: PMNode, rel: Y.RelativePosition): number | null {
  const full = () => relativePositionToAbsolutePosition(binding.doc, binding.type, rel, binding.mapping);
  if (doc !== binding.syncedDoc) return full();
  const at = Y.createAbsolutePositionFromRelativePosition(rel, binding.doc);
  let top: Y.AbstractType<unknown> | null = at?.type ?? null;
  while (top && top._item && top._item.parent !== binding.type) top = top._item.parent as Y.AbstractType<unknown>;
  const index = top?._item ? binding.blocks.indexOf(top as Y.XmlElement) : -1;
  if (index < 0) return full();
  const local = relativePositionToAbsolutePosition(binding.doc, top as unknown as Y.XmlFragment, rel, binding.mapping);
  if (local === null || local <= 1) return full();
  let start = 0;
  for (let i = 0; i < index; i++) start += doc.child(i).nodeSize;
  return start + 1 + local;
}
