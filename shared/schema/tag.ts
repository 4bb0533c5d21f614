import { Mark, mergeAttributes } from '@tiptap/core';
import { parseTagList, formatTagList } from './tagList.ts';

/**
 * Marks a selection with Compact objectives and guiding principles (`O13`, `P6`). One mark carries the
 * whole sorted set, so applying a tag to text that already has some replaces them with the union.
 */
export const TagMark = Mark.create({
  name: 'tag',
  inclusive: false,
  addAttributes() {
    return {
      tags: {
        default: [],
        parseHTML: (el) => parseTagList(el.getAttribute('data-tags')),
        renderHTML: (attrs) => ({ 'data-tags': formatTagList(attrs.tags) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-tags]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'tagged' }), 0];
  },
});
