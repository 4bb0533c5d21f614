import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { captionNumbers, crossRefText, listCaptions } from '../../../../shared/schema/captionNumbers.ts';

const key = new PluginKey<DecorationSet>('captionLabels');

/**
 * Shows each caption's label ("Figure 3") and what each cross-reference points at, from the
 * captions' order in the document (captionNumbers.ts, which every export uses too): the numbers are
 * never stored, so adding, moving or deleting a figure renumbers the rest and their references at once.
 */
export const CaptionLabels = Extension.create({
  name: 'captionLabels',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => labels(state.doc),
          apply: (tr, old) => (tr.docChanged ? labels(tr.doc) : old),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});

function labels(doc: PMNode): DecorationSet {
  const captions = listCaptions(doc);
  const numbers = captionNumbers(doc);
  const decorations: Decoration[] = [];
  let index = 0;
  doc.descendants((node, pos) => {
    if (node.type.name === 'guidance') return false;
    if (node.type.name === 'caption') {
      const entry = captions[index++];
      if (entry) decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-label': entry.label }));
      return false;
    }
    if (node.type.name === 'crossRef')
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, { 'data-label': crossRefText(numbers, node.attrs.target) }),
      );
    return !node.isTextblock || mayHoldCrossRef(node);
  });
  return DecorationSet.create(doc, decorations);
}

/** Whether a text block holds a cross-reference (the others are not walked into). */
function mayHoldCrossRef(block: PMNode): boolean {
  let found = false;
  block.forEach((child) => (found ||= child.type.name === 'crossRef'));
  return found;
}
