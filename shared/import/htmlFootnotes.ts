import type { HElement } from './htmlTree.ts';
import { eachElement } from './htmlTree.ts';

/**
 * The notes of a converted page. mammoth and markdown-it-footnote both write a call as
 * `<sup><a href="#id">` and the note itself as `<li id="id">` in a list at the end.
 */
export interface FootnoteIndex {
  /** The note text a `sup` element calls, or null when it is not a note call. */
  noteFor(sup: HElement): string | null;
  /** True for a list item holding a note, and for the footnote section and separator markdown-it adds. */
  isNoteMaterial(el: HElement): boolean;
}

function callTarget(sup: HElement): { target: string; ref: string | undefined } | null {
  const link = sup.children.find((c): c is HElement => typeof c !== 'string' && c.tag === 'a');
  const href = link?.attrs.href;
  return href?.startsWith('#') ? { target: href.slice(1), ref: link?.attrs.id } : null;
}

/** Finds the note calls and note texts in a parsed page. */
export function indexFootnotes(root: HElement): FootnoteIndex {
  const items = new Map<string, HElement>();
  const refIds = new Set<string>();
  const targets = new Set<string>();
  eachElement(root, (el) => {
    if (el.tag === 'li' && el.attrs.id) items.set(el.attrs.id, el);
    const call = el.tag === 'sup' ? callTarget(el) : null;
    if (call) {
      targets.add(call.target);
      if (call.ref) refIds.add(call.ref);
    }
  });
  // The note's text without its back-link to the call ("↑", "↩").
  const noteText = (node: HElement | string): string => {
    if (typeof node === 'string') return node;
    if (node.tag === 'a' && refIds.has((node.attrs.href ?? '').slice(1))) return '';
    return node.children.map(noteText).join(node.tag === 'li' ? ' ' : '');
  };
  return {
    noteFor(sup) {
      const call = callTarget(sup);
      const item = call && targets.has(call.target) ? items.get(call.target) : undefined;
      return item ? noteText(item).replace(/\s+/g, ' ').trim() : null;
    },
    isNoteMaterial(el) {
      if (el.tag === 'li') return Boolean(el.attrs.id && targets.has(el.attrs.id));
      const cls = ` ${el.attrs.class ?? ''} `;
      return (
        (el.tag === 'section' && cls.includes(' footnotes ')) || (el.tag === 'hr' && cls.includes(' footnotes-sep '))
      );
    },
  };
}
