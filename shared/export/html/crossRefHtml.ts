import type { Node as PMNode } from '@tiptap/pm/model';
import { escapeHtml } from './escape.ts';
import type { HtmlContext } from './htmlContext.ts';

/** A cross-reference: its caption's current label, linked to the caption. */
export function crossRefHtml(node: PMNode, ctx: HtmlContext): string {
  const anchor = ctx.captions.anchorOf(node.attrs.target);
  const label = ctx.captions.labelOf(node.attrs.target);
  if (!anchor) return escapeHtml(label);
  return `<a class="cross-ref" href="#${anchor}">${escapeHtml(label)}</a>`;
}
