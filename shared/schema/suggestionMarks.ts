import { Mark, mergeAttributes } from '@tiptap/core';

/** The part of a DOM element parse rules read (shared/ has no DOM types). */
interface ParsedElement {
  getAttribute(name: string): string | null;
}

/**
 * Suggested changes (track changes), as `@handlewithcare/prosemirror-suggest-changes` defines them:
 * `insertion` and `deletion` marks, and `modification` for formatting or attribute changes. Each
 * carries a suggestion id; who made it and when lives beside the text in the document's
 * `suggestions` map (shared/review), so the marks stay the library's own.
 */
const idAttribute = {
  id: {
    default: null,
    parseHTML: (el: ParsedElement) => {
      const raw = el.getAttribute('data-id');
      if (!raw) return null;
      try {
        const value: unknown = JSON.parse(raw);
        return typeof value === 'string' || typeof value === 'number' ? value : null;
      } catch {
        return null;
      }
    },
    renderHTML: (attrs: Record<string, unknown>) => ({ 'data-id': JSON.stringify(attrs.id) }),
  },
};

export const InsertionMark = Mark.create({
  name: 'insertion',
  inclusive: false,
  excludes: 'deletion modification insertion',
  addAttributes: () => idAttribute,
  parseHTML: () => [{ tag: 'ins[data-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['ins', mergeAttributes(HTMLAttributes, { class: 'suggestion-insertion' }), 0],
});

export const DeletionMark = Mark.create({
  name: 'deletion',
  inclusive: false,
  excludes: 'insertion modification deletion',
  addAttributes: () => idAttribute,
  parseHTML: () => [{ tag: 'del[data-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['del', mergeAttributes(HTMLAttributes, { class: 'suggestion-deletion' }), 0],
});

export const ModificationMark = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes: () => ({
    ...idAttribute,
    type: {
      default: null,
      parseHTML: (el: ParsedElement) => el.getAttribute('data-mod-type'),
      renderHTML: (a: Record<string, unknown>) => ({ 'data-mod-type': a.type }),
    },
    attrName: { default: null, rendered: false },
    previousValue: { default: null, rendered: false },
    newValue: { default: null, rendered: false },
  }),
  parseHTML: () => [{ tag: 'span[data-type="modification"]' }],
  renderHTML: ({ HTMLAttributes }) => [
    'span',
    mergeAttributes(HTMLAttributes, { 'data-type': 'modification', class: 'suggestion-modification' }),
    0,
  ],
});

/** The suggestion marks' names, for the places that must recognise them (relay roles, export). */
export const SUGGESTION_MARKS = ['insertion', 'deletion', 'modification'] as const;
