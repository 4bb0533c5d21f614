import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * `compute` for one top-level block, remembered by the block node itself. ProseMirror nodes are
 * immutable and a transaction (typing, a change from Yjs, which arrives as steps) keeps every block
 * it did not touch, so a recount over the document walks only the blocks that changed since.
 */
export function blockMemo<T>(compute: (block: PMNode) => T): (block: PMNode) => T {
  const cache = new WeakMap<PMNode, T>();
  return (block) => {
    if (cache.has(block)) return cache.get(block) as T;
    const value = compute(block);
    cache.set(block, value);
    return value;
  };
}
