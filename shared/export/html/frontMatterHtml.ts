import type { ExportModel } from '../exportModel.ts';
import type { HeadingEntry } from '../documentPlan.ts';
import type { ExportWording } from '../exportWording.ts';
import { fill } from '../exportWording.ts';
import { escapeHtml } from './escape.ts';
import { textAttrs } from './htmlContext.ts';
import type { HtmlContext } from './htmlContext.ts';
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

/** Text that may run in the other direction (a Latin name on an Arabic cover), isolated so it keeps its order. */
function isolated(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/**
 * The cover page. Nothing on it is an <h1>-<h6>: Chromium builds the PDF outline from headings, and
 * the outline must list exactly the entries of the table of contents.
 */
export function coverHtml(model: ExportModel, words: ExportWording): string {
  const parts: string[] = ['<section class="cover">'];
  if (model.coalition) parts.push(`<p class="cover-coalition">${isolated(model.coalition)}</p>`);
  parts.push(logosHtml(model));
  parts.push(`<p class="cover-title">${isolated(model.meta.title)}</p>`);
  if (model.meta.subtitle) parts.push(`<p class="cover-subtitle">${isolated(model.meta.subtitle)}</p>`);
  if (model.milestoneTitle)
    parts.push(
      `<p class="cover-milestone">${fill(escapeHtml(words.preparedFor), { milestone: isolated(model.milestoneTitle) })}</p>`,
    );
  if (model.purpose) parts.push(`<p class="cover-purpose">${isolated(model.purpose)}</p>`);
  if (model.date) parts.push(`<p class="cover-date">${isolated(model.date)}</p>`);
  if (model.contact)
    parts.push(`<p class="cover-contact">${fill(escapeHtml(words.contact), { contact: isolated(model.contact) })}</p>`);
  const placement = signatoryPlacement(model);
  if (placement === 'annex') {
    parts.push(
      `<div class="cover-signatories"><p class="cover-label">${escapeHtml(words.endorsedBy)}</p><p>${escapeHtml(fill(words.endorsedCount, { count: model.signatories.length }))}</p></div>`,
    );
  } else if (placement === 'cover') {
    parts.push(`<div class="cover-signatories"><p class="cover-label">${escapeHtml(words.endorsedBy)}</p><ul>`);
    for (const name of model.signatories) parts.push(`<li>${isolated(name)}</li>`);
    parts.push('</ul></div>');
  } else if (model.members?.length) {
    parts.push(
      `<div class="cover-signatories cover-members"><p class="cover-label">${escapeHtml(words.memberOrganisations)}</p><ul>`,
    );
    for (const name of model.members) parts.push(`<li>${isolated(name)}</li>`);
    parts.push('</ul></div>');
  }
  parts.push('</section>');
  return parts.join('');
}

/**
 * The table of contents; in the paged print each entry gets its page number from CSS target-counter.
 * Entries follow the document's direction (page numbers on the left in Arabic); a heading in another
 * direction is isolated within its line.
 */
export function tocHtml(
  entries: readonly HeadingEntry[],
  words: ExportWording,
  ctx: Pick<HtmlContext, 'document'>,
): string {
  if (entries.length === 0) return '';
  const items = entries
    .map((e) => {
      const text = e.text || words.untitledSection;
      return `<li class="toc-l${e.level}"><a href="#${e.anchor}"><span class="toc-text"${textAttrs(text, ctx)}>${escapeHtml(text)}</span></a></li>`;
    })
    .join('');
  return `<nav class="toc" aria-labelledby="toc-title"><p class="toc-title" id="toc-title">${escapeHtml(words.contents)}</p><ol>${items}</ol></nav>`;
}
