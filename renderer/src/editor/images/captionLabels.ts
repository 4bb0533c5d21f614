import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { captionNumbers, crossRefText, listCaptions } from '../../../../shared/schema/captionNumbers.ts';
import type { CaptionLabels as Labels } from '../../../../shared/schema/captionNumbers.ts';
import { FIGURE_WORDING } from '../../../../shared/export/figureWording.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import { editorLanguage } from '../blockDirection.ts';

interface LabelState {
  language: Locale;
  decorations: DecorationSet;
}

const key = new PluginKey<LabelState>('captionLabels');

/** The caption labels of a document language, as its exports print them ("Figura 3" in Spanish). */
export function captionLabelsOf(language: Locale): Labels {
  const words = FIGURE_WORDING[language];
  return { figure: words.figure, table: words.table };
}

/**
 * Shows each caption's label ("Figure 3") and what each cross-reference points at, from the
 * captions' order in the document (captionNumbers.ts, which every export uses too): the numbers are
 * never stored, so adding, moving or deleting a figure renumbers the rest and their references at once.
 * The labels are in the document's language (as the block direction plugin follows it), as exported.
 */
export const CaptionLabels = Extension.create({
  name: 'captionLabels',
  addProseMirrorPlugins() {
    return [
      new Plugin<LabelState>({
        key,
        state: {
          init: (_, state) => ({
            language: editorLanguage(state),
            decorations: labels(state.doc, editorLanguage(state)),
          }),
          apply: (tr, old, _before, after) => {
            const language = editorLanguage(after);
            if (!tr.docChanged && language === old.language) return old;
            return { language, decorations: labels(tr.doc, language) };
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
      }),
    ];
  },
});

function labels(doc: PMNode, language: Locale): DecorationSet {
  const captions = listCaptions(doc, captionLabelsOf(language));
  const numbers = captionNumbers(doc, captionLabelsOf(language));
  const missing = FIGURE_WORDING[language].missingReference;
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
        Decoration.node(pos, pos + node.nodeSize, {
          'data-label': crossRefText(numbers, node.attrs.target, missing),
        }),
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
