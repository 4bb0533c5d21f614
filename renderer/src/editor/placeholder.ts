import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Translate } from '../i18n/useT.ts';

/**
 * "Write here…" (or "Heading"), in the interface language, in the empty block holding the caret, as Tiptap's Placeholder shows
 * it with our options, but without asking whether the whole document is empty on every update
 * (Tiptap's walks every block): the editor counts as empty when its only block is.
 */
export const EmptyBlockPlaceholder = Extension.create<{ t: Translate | null }>({
  name: 'placeholder',
  addOptions: () => ({ t: null }),
  addProseMirrorPlugins() {
    const { editor } = this;
    const { t } = this.options;
    return [
      new Plugin({
        key: new PluginKey('placeholder'),
        props: {
          decorations: ({ doc, selection }) => {
            if (!editor.isEditable || !t) return null;
            const $anchor = doc.resolve(selection.anchor);
            const node = $anchor.depth > 0 ? $anchor.node(1) : $anchor.nodeAfter;
            const pos = $anchor.depth > 0 ? $anchor.before(1) : selection.anchor;
            if (!node?.isTextblock || node.childCount > 0) return null;
            const classes = doc.childCount === 1 ? 'is-empty is-editor-empty' : 'is-empty';
            const text = t(node.type.name === 'heading' ? 'editor.headingPlaceholder' : 'editor.placeholder');
            return DecorationSet.create(doc, [
              Decoration.node(pos, pos + node.nodeSize, { class: classes, 'data-placeholder': text }),
            ]);
          },
        },
      }),
    ];
  },
});
