import { Node, mergeAttributes } from '@tiptap/core';

/**
 * An inline footnote: its plain text lives inside the node, so concurrent edits merge character by
 * character. Numbering is never stored; it follows document order (editor CSS counters, export).
 */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  content: 'text*',
  marks: '',
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-footnote-id'),
        renderHTML: (attrs) => (attrs.id ? { 'data-footnote-id': String(attrs.id) } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-footnote]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-footnote': '', class: 'footnote' }), 0];
  },
});
