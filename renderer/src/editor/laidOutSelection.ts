import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

const key = new PluginKey<DecorationSet>('laidOutSelection');

/** The top-level blocks holding the ends of the selection, as [from, to] ranges. */
function blocksAtSelection(state: EditorState): [number, number][] {
  const out: [number, number][] = [];
  for (const pos of new Set([state.selection.from, state.selection.to])) {
    const $pos = state.doc.resolve(pos);
    if ($pos.depth === 0) continue;
    const start = $pos.before(1);
    if (!out.some(([from]) => from === start)) out.push([start, start + state.doc.child($pos.index(0)).nodeSize]);
  }
  return out;
}

const same = (set: DecorationSet, ranges: [number, number][]) => {
  const now = set.find();
  return now.length === ranges.length && now.every((d, i) => d.from === ranges[i]![0] && d.to === ranges[i]![1]);
};

/**
 * The blocks where the writer is stay laid out (`is-selected`: `content-visibility: visible`,
 * styles.css). A block the browser has not laid out yet, which a keystroke has just made (a list
 * from "- ", a split paragraph), is decided on at the next frame; text typed into it before then
 * landed in the wrong place.
 */
export const LaidOutSelection = Extension.create({
  name: 'laidOutSelection',
  addProseMirrorPlugins() {
    const build = (state: EditorState) =>
      DecorationSet.create(
        state.doc,
        blocksAtSelection(state).map(([from, to]) => Decoration.node(from, to, { class: 'is-selected' })),
      );
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => build(state),
          apply(tr, old, _before, state) {
            if (!tr.docChanged && !tr.selectionSet) return old;
            const mapped = tr.docChanged ? old.map(tr.mapping, tr.doc) : old;
            return same(mapped, blocksAtSelection(state)) ? mapped : build(state);
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
