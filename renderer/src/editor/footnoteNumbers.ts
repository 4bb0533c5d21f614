import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { blockMemo } from '../../../shared/model/blockMemo.ts';
import { touchedBlocks } from './touchedBlocks.ts';

/** A top-level block's footnotes, at positions within its content; remembered by the block (blockMemo.ts). */
export const footnotesIn = blockMemo((block) => {
  const found: { at: number; text: string }[] = [];
  block.descendants((node, at) => {
    if (node.type.name === 'footnote') found.push({ at, text: node.textContent });
    return node.isBlock;
  });
  return found;
});

const key = new PluginKey<DecorationSet>('footnoteNumbers');

/** A footnote's number, as its node view shows it (`data-number`, styles.css). */
const numbered = (pos: number, block: PMNode, at: number, number: number) => {
  const size = block.nodeAt(at)!.nodeSize;
  return Decoration.node(pos, pos + size, { 'data-number': String(number) }, { number });
};

/** The footnotes of the top-level blocks from index `index` (at `offset`) up to position `to`, numbered from `first`. */
function numberBlocks(doc: PMNode, index: number, offset: number, to: number, first: number): Decoration[] {
  const out: Decoration[] = [];
  for (let i = index; i < doc.childCount && offset < to; i++) {
    const block = doc.child(i);
    for (const { at } of footnotesIn(block)) out.push(numbered(offset + 1 + at, block, at, first + out.length));
    offset += block.nodeSize;
  }
  return out;
}

/** Every footnote numbered in document order. */
function build(doc: PMNode): DecorationSet {
  return DecorationSet.create(doc, numberBlocks(doc, 0, 0, doc.content.size, 1));
}

/** How many footnotes the top-level blocks between two block boundaries hold. */
function countBetween(doc: PMNode, from: number, to: number): number {
  let count = 0;
  const $from = doc.resolve(from);
  for (let i = $from.index(0), offset = from; i < doc.childCount && offset < to; i++) {
    const block = doc.child(i);
    count += footnotesIn(block).length;
    offset += block.nodeSize;
  }
  return count;
}

/**
 * The numbers after a transaction: mapped, and redone for the top-level blocks it touched, as long
 * as those hold as many footnotes as before (no number elsewhere can change then); otherwise
 * renumbered from the whole document (a footnote added or removed). Typing costs the touched blocks.
 */
function update(tr: Transaction, old: DecorationSet): DecorationSet {
  const range = touchedBlocks(tr);
  if (!range) return build(tr.doc);
  const before = countBetween(tr.before, range.from, range.oldTo);
  if (before !== countBetween(tr.doc, range.from, range.to)) return build(tr.doc);
  const mapped = old.map(tr.mapping, tr.doc);
  if (before === 0) return mapped;
  const had = old.find(range.from, range.oldTo);
  const first = Math.min(...had.map((d) => (d.spec as { number: number }).number));
  const $from = tr.doc.resolve(range.from);
  const fresh = numberBlocks(tr.doc, $from.index(0), range.from, range.to, first);
  return mapped.remove(mapped.find(range.from, range.to)).add(tr.doc, fresh);
}

/**
 * Footnote numbers from the editor, not from a CSS counter: a counter would restart in every block
 * the browser lays out on its own (`content-visibility`, styles.css). Numbers are never stored;
 * they follow the footnotes' order, as the footnotes panel (listFootnotes) and every export count.
 */
export function footnoteNumbersPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_, state) => build(state.doc),
      apply: (tr, old) => (tr.docChanged ? update(tr, old) : old),
    },
    props: { decorations: (state) => key.getState(state) },
  });
}
