import type { ExportModel } from '../exportModel.ts';
import type { HeadingEntry } from '../documentPlan.ts';
import { escapeHtml } from './escape.ts';
import { signatoryPlacement } from '../reviewText.ts';
import { toBase64 } from 'lib0/buffer';
import { IMAGE_MIME } from '../../images/imageFormat.ts';

/** The member organisations' logos in a grid, each named by its organisation (alt text). */
function logosHtml(model: ExportModel): string {
  const imgs = model.logos.flatMap(({ organisation, blob }) => {
    const image = model.images.get(blob);
    if (!image) return [];
    const src = `data:${IMAGE_MIME[image.type]};base64,${toBase64(image.bytes)}`;
    return [`<img src="${src}" alt="${escapeHtml(organisation)}">`];
  });
  return imgs.length ? `<div class="cover-logos">${imgs.join('')}</div>` : '';
}

/**
 * The cover page. Nothing on it is an <h1>-<h6>: Chromium builds the PDF outline from headings, and
 * the outline must list exactly the entries of the table of contents.
 */
export function coverHtml(model: ExportModel): string {
  const parts: string[] = ['<section class="cover">'];
  if (model.coalition) parts.push(`<p class="cover-coalition">${escapeHtml(model.coalition)}</p>`);
  parts.push(logosHtml(model));
  parts.push(`<p class="cover-title">${escapeHtml(model.meta.title)}</p>`);
  if (model.meta.subtitle) parts.push(`<p class="cover-subtitle">${escapeHtml(model.meta.subtitle)}</p>`);
  if (model.milestoneTitle)
    parts.push(`<p class="cover-milestone">Prepared for: ${escapeHtml(model.milestoneTitle)}</p>`);
  if (model.date) parts.push(`<p class="cover-date">${escapeHtml(model.date)}</p>`);
  const placement = signatoryPlacement(model);
  if (placement === 'annex') {
    parts.push(
      `<div class="cover-signatories"><p class="cover-label">Endorsed by</p><p>${model.signatories.length} organisations, listed in the annex</p></div>`,
    );
  } else if (placement === 'cover') {
    parts.push('<div class="cover-signatories"><p class="cover-label">Endorsed by</p><ul>');
    for (const name of model.signatories) parts.push(`<li>${escapeHtml(name)}</li>`);
    parts.push('</ul></div>');
  }
  parts.push('</section>');
  return parts.join('');
}

/** The table of contents; in the paged print each entry gets its page number from CSS target-counter. */
export function tocHtml(entries: readonly HeadingEntry[]): string {
  if (entries.length === 0) return '';
  const items = entries
    .map(
      (e) =>
        `<li class="toc-l${e.level}"><a href="#${e.anchor}"><span class="toc-text">${escapeHtml(e.text || 'Untitled section')}</span></a></li>`,
    )
    .join('');
  return `<nav class="toc" aria-labelledby="toc-title"><p class="toc-title" id="toc-title">Contents</p><ol>${items}</ol></nav>`;
}
