import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import { editorLanguage } from '../blockDirection.ts';
import { buildLabels, updateLabels } from './captionLabelSet.ts';

interface LabelState {
  language: Locale;
  decorations: DecorationSet;
}

const key = new PluginKey<LabelState>('captionLabels');

/**
 * The caption labels plugin (CaptionLabels', also used alone in tests): built once per language;
 * after that each transaction maps the labels and redoes those of the blocks it touched, and
 * renumbers from the whole document only when captions or cross-references were added, removed,
 * reordered or retargeted (captionLabelSet.ts).
 */
export function captionLabelsPlugin(): Plugin<LabelState> {
  return new Plugin<LabelState>({
    key,
    state: {
      init: (_, state) => ({
        language: editorLanguage(state),
        decorations: buildLabels(state.doc, editorLanguage(state)),
      }),
      apply: (tr, old, _before, after) => {
        const language = editorLanguage(after);
        if (language !== old.language) return { language, decorations: buildLabels(tr.doc, language) };
        if (!tr.docChanged) return old;
        return { language, decorations: updateLabels(tr, old.decorations, language) };
      },
    },
    props: { decorations: (state) => key.getState(state)?.decorations },
  });
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
    return [captionLabelsPlugin()];
  },
});
