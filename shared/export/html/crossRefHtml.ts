import type { Node as PMNode } from '@tiptap/pm/model';
import { MISSING_REFERENCE } from '../../schema/captionNumbers.ts';
import { escapeHtml } from './escape.ts';
import type { HtmlContext } from './htmlContext.ts';

/** A cross-reference: its caption's current label, linked to the caption. */
export function crossRefHtml(node: PMNode, ctx: HtmlContext): string {
  const anchor = ctx.captions.anchorOf(node.attrs.target);
  const label = ctx.captions.numbers.get(String(node.attrs.target))?.label;
  if (!anchor || !label) return escapeHtml(MISSING_REFERENCE);
  return `<a class="cross-ref" href="#${anchor}">${escapeHtml(label)}</a>`;
}
