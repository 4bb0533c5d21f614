import type { Node as PMNode } from '@tiptap/pm/model';
import { toBase64 } from 'lib0/buffer';
import { imageAttrs } from '../../schema/image.ts';
import { IMAGE_MIME } from '../../images/imageFormat.ts';
import type { CaptionEntry } from '../../schema/captionNumbers.ts';
import { escapeHtml } from './escape.ts';
import type { HtmlContext } from './htmlContext.ts';
import { textAttrs } from './htmlContext.ts';
import { fill } from '../exportWording.ts';
import { inlineHtml } from './inlineHtml.ts';

/**
 * An image as a figure: its own bytes inline as a `data:` URL (the page loads nothing; no
 * recompression), at its shown width of the text column and its alignment, with its alt text. An
 * image whose bytes are not on this computer yet is written as a visible note, never silently lost.
 */
export function imageHtml(node: PMNode, ctx: HtmlContext): string {
  const a = imageAttrs(node.attrs);
  const image = a.blob ? ctx.images.get(a.blob) : undefined;
  const style = `width:${a.size}%`;
  if (!image)
    return `<figure class="figure figure-${a.align} figure-missing" style="${style}"><p>${escapeHtml(fill(ctx.captions.words.imageMissing, { alt: a.alt || ctx.captions.words.image }))}</p></figure>`;
  const src = `data:${IMAGE_MIME[image.type]};base64,${toBase64(image.bytes)}`;
  return `<figure class="figure figure-${a.align}" style="${style}"><img src="${src}" alt="${escapeHtml(a.alt)}" width="${a.width}" height="${a.height}"></figure>`;
}

/** A caption with its label and number ("Figure 3."), anchored for cross-references and the list of figures. */
export function captionHtml(node: PMNode, ctx: HtmlContext): string {
  const next = ctx.captions.next();
  if (!next) return '';
  const label = `<span class="caption-label">${escapeHtml(next.entry.label)}.</span> `;
  return `<p class="caption caption-${next.entry.kind}" id="${next.anchor}">${label}${inlineHtml(node, ctx)}</p>`;
}

/** The list of figures and tables (their captions); in the paged print each entry gets its page number. */
export function listOfFiguresHtml(
  entries: readonly CaptionEntry[],
  title: string,
  ctx: Pick<HtmlContext, 'document'>,
): string {
  if (entries.length === 0) return '';
  const items = entries
    .map(
      (e, i) =>
        `<li><a href="#caption-${i + 1}"><span class="toc-text"${textAttrs(e.text, ctx)}>${escapeHtml(`${e.label}. ${e.text}`)}</span></a></li>`,
    )
    .join('');
  return `<nav class="toc lof" aria-labelledby="lof-title"><p class="toc-title" id="lof-title">${escapeHtml(title)}</p><ol>${items}</ol></nav>`;
}
