import { Mark, mergeAttributes } from '@tiptap/core';
import { parseTagList, formatTagList } from './tagList.ts';

/**
 * Marks a selection with Compact objectives and guiding principles (`O13`, `P6`). Tag marks do not
 * exclude each other: text can carry several, and the text's tags are the union of their lists. So two
 * members tagging overlapping text at the same time both keep their tags after merging (Yjs stores
 * each distinct mark separately), where one mark holding a single set would let one overwrite the other.
 */
export const TagMark = Mark.create({
  name: 'tag',
  inclusive: false,
  excludes: '',
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
