import { Node } from '@tiptap/core';

/** What a caption numbers: figures (images, charts) or tables, each counted on its own. */
export const CAPTION_KINDS = ['figure', 'table'] as const;
export type CaptionKind = (typeof CAPTION_KINDS)[number];

/** A caption kind from untrusted input; anything else is a figure. */
export function captionKind(raw: unknown): CaptionKind {
  return raw === 'table' ? 'table' : 'figure';
}

/** A caption id from untrusted input (cross-references point at it), or null. */
export function captionId(raw: unknown): string | null {
  return typeof raw === 'string' && /^[A-Za-z0-9_-]{6,64}$/.test(raw) ? raw : null;
}

/**
 * A figure's or a table's caption: its own text, after an image or before a table. The label and
 * number ("Figure 3") are never stored: they follow document order (captionNumbers.ts), in the
 * editor and in every export, so cross-references to the caption's id always agree.
 */
export const Caption = Node.create({
  name: 'caption',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (el) => captionId(el.getAttribute('data-caption-id')),
        renderHTML: (attrs) => (captionId(attrs.id) ? { 'data-caption-id': attrs.id } : {}),
      },
      kind: {
        default: 'figure',
        parseHTML: (el) => captionKind(el.getAttribute('data-caption')),
        renderHTML: (attrs) => ({ 'data-caption': captionKind(attrs.kind) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'p[data-caption]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', { ...HTMLAttributes, class: 'caption' }, 0];
  },
});

/**
 * A cross-reference to a caption ("see Figure 3"): it stores the caption's id only, and shows the
 * caption's current label and number, so it updates when figures are added, moved or removed.
 */
export const CrossRef = Node.create({
  name: 'crossRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      target: {
        default: null,
        parseHTML: (el) => captionId(el.getAttribute('data-cross-ref')),
        renderHTML: (attrs) => ({ 'data-cross-ref': captionId(attrs.target) ?? '' }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-cross-ref]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, class: 'cross-ref' }];
  },
});
