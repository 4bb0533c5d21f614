import { Extension } from '@tiptap/core';
import { parseTagList, formatTagList } from './tagList.ts';
import { parseBudget } from './budget.ts';

/**
 * Headings open sections. A section can carry a stable id (templates use it to attach guidance and
 * budgets), objective/principle tags that apply to the whole section, and a length budget (budget.ts).
 */
export const SectionAttributes = Extension.create({
  name: 'sectionAttributes',
  addGlobalAttributes() {
    return [
      {
        types: ['heading'],
        attributes: {
          sectionId: {
            default: null,
            parseHTML: (el) => el.getAttribute('data-section-id'),
            renderHTML: (attrs) => (attrs.sectionId ? { 'data-section-id': String(attrs.sectionId) } : {}),
          },
          tags: {
            default: [],
            parseHTML: (el) => parseTagList(el.getAttribute('data-tags')),
            renderHTML: (attrs) => {
              const tags = formatTagList(attrs.tags);
              return tags ? { 'data-tags': tags } : {};
            },
          },
          budget: {
            default: null,
            parseHTML: (el) => parseBudget(el.getAttribute('data-budget')),
            renderHTML: (attrs) => {
              const budget = parseBudget(attrs.budget);
              return budget ? { 'data-budget': JSON.stringify(budget) } : {};
            },
          },
        },
      },
    ];
  },
});
