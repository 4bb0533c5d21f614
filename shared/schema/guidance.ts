import { Node, mergeAttributes } from '@tiptap/core';

/** Template guidance: shown to writers in the editor, never exported. Its text is an attribute, not content. */
export const Guidance = Node.create({
  name: 'guidance',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes() {
    return {
      text: { default: '', parseHTML: (el) => el.getAttribute('data-text') ?? el.textContent ?? '' },
    };
  },
  parseHTML() {
    return [{ tag: 'aside[data-guidance]' }];
  },
  renderHTML({ HTMLAttributes, node }) {
    return [
      'aside',
      mergeAttributes({ 'data-guidance': '', class: 'guidance', 'data-text': HTMLAttributes.text }),
      String(node.attrs.text),
    ];
  },
});
