import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
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

/**
 * Every footnote's number, kept as a set of (undrawn) node decorations so that it maps through
 * transactions; `renumbered` counts the rebuilds, `touched` is the last change's span of blocks.
 */
interface Numbers {
  set: DecorationSet;
  renumbered: number;
  touched: { from: number; to: number } | null;
}

const key = new PluginKey<Numbers>('footnoteNumbers');

const numberOf = (d: Decoration) => (d.spec as { number: number }).number;

/** The footnotes of the top-level blocks from index `index` (at `offset`) up to position `to`, numbered from `first`. */
function numberBlocks(doc: PMNode, index: number, offset: number, to: number, first: number): Decoration[] {
  const out: Decoration[] = [];
  for (let i = index; i < doc.childCount && offset < to; i++) {
    const block = doc.child(i);
    for (const { at } of footnotesIn(block)) {
      const pos = offset + 1 + at;
      out.push(Decoration.node(pos, pos + block.nodeAt(at)!.nodeSize, {}, { number: first + out.length }));
    }
    offset += block.nodeSize;
  }
  return out;
}

/** Every footnote numbered in document order. */
const build = (doc: PMNode) => DecorationSet.create(doc, numberBlocks(doc, 0, 0, doc.content.size, 1));

/** How many footnotes the top-level blocks between two block boundaries hold. */
function countBetween(doc: PMNode, from: number, to: number): number {
  let count = 0;
  for (let i = doc.resolve(from).index(0), offset = from; i < doc.childCount && offset < to; i++) {
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
function update(tr: Transaction, old: Numbers): Numbers {
  const range = touchedBlocks(tr);
  const rebuilt = () => ({ set: build(tr.doc), renumbered: old.renumbered + 1, touched: null });
  if (!range) return rebuilt();
  const before = countBetween(tr.before, range.from, range.oldTo);
  if (before !== countBetween(tr.doc, range.from, range.to)) return rebuilt();
  const mapped = old.set.map(tr.mapping, tr.doc);
  if (before === 0) return { set: mapped, renumbered: old.renumbered, touched: null };
  const had = old.set.find(range.from, range.oldTo);
  if (had.length !== before) return rebuilt();
  const first = Math.min(...had.map(numberOf));
  const fresh = numberBlocks(tr.doc, tr.doc.resolve(range.from).index(0), range.from, range.to, first);
  const set = mapped.remove(mapped.find(range.from, range.to)).add(tr.doc, fresh);
  return { set, renumbered: old.renumbered, touched: { from: range.from, to: range.to } };
}

/** The number of the footnote at `pos` (null before the editor has numbered it). */
export function footnoteNumberAt(state: EditorState, pos: number): number | null {
  const found = key
    .getState(state)
    ?.set.find(pos, pos + 1)
    .find((d) => d.from === pos);
  return found ? numberOf(found) : null;
}

/** Shows each footnote's number on its element (`data-number`, styles.css). */
const show = (el: Node | null, number: number) => {
  if (el instanceof HTMLElement && el.dataset.number !== String(number)) el.dataset.number = String(number);
};

/** Every footnote element, in document order, numbered (after a rebuild: one pass over the page). */
const showAll = (view: EditorView) => view.dom.querySelectorAll('sup.footnote-ref').forEach((el, i) => show(el, i + 1));

/**
 * Footnote numbers from the editor, not from a CSS counter: a counter would restart in every block
 * the browser lays out on its own (`content-visibility`, styles.css). Numbers are never stored;
 * they follow the footnotes' order, as the footnotes panel (listFootnotes) and every export count.
 * They are not decorations the view draws: a set of 320 footnotes at 400 pages, asked for by
 * ProseMirror for each top-level block at every keystroke, cost a collaborator's keystroke 0.3 ms.
 * A footnote's element takes its number when it is made (footnoteView.ts); this plugin's view
 * renumbers the elements after a rebuild, and those of the blocks a change touched.
 */
export function footnoteNumbersPlugin(): Plugin<Numbers> {
  return new Plugin<Numbers>({
    key,
    state: {
      init: (_, state) => ({ set: build(state.doc), renumbered: 0, touched: null }),
      apply: (tr, old) => (tr.docChanged ? update(tr, old) : old),
    },
    view(view) {
      showAll(view);
      return {
        update(view, previous) {
          const now = key.getState(view.state)!;
          const before = key.getState(previous)!;
          if (now === before) return;
          if (now.renumbered !== before.renumbered) return showAll(view);
          if (now.touched)
            for (const d of now.set.find(now.touched.from, now.touched.to)) show(view.nodeDOM(d.from), numberOf(d));
        },
      };
    },
  });
}
