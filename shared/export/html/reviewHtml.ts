import type { ExportComment, ExportModel } from '../exportModel.ts';
import type { Node as PMNode } from '@tiptap/pm/model';
import { commentQuote, isoDay, signatoryPlacement } from '../reviewText.ts';
import type { ExportWording } from '../exportWording.ts';
import { fill } from '../exportWording.ts';
import { escapeHtml } from './escape.ts';

/** Anchors of the closing sections listed in the contents. */
export const COMMENTS_ANCHOR = 'comments';
export const ANNEX_ANCHOR = 'endorsements';
export const SIGNATORIES_ANCHOR = 'signatories';
export const FACTS_ANCHOR = 'about-the-facts';

/** The "Comments" section: each open thread with the text it is on, every message with author and date. */
export function commentsSectionHtml(body: PMNode, comments: readonly ExportComment[], words: ExportWording): string {
  const items = comments
    .map((c, i) => {
      const n = i + 1;
      const quote = commentQuote(body, c);
      const messages = c.messages
        .map((m) => {
          const who = [m.authorName || words.unknownAuthor, isoDay(m.createdAt)].filter(Boolean).join(', ');
          return `<p class="comment-msg"><span class="comment-author"><bdi>${escapeHtml(who)}</bdi>:</span> <bdi>${escapeHtml(m.text)}</bdi></p>`;
        })
        .join('');
      const where = c.orphaned ? ` <span class="comment-orphaned">${escapeHtml(words.orphaned)}</span>` : '';
      const on = fill(escapeHtml(words.commentOn), { quote: `<bdi>${escapeHtml(quote)}</bdi>` });
      return `<li id="comment-${n}"><span class="note-no"><a href="#comment-ref-${n}">C${n}.</a></span><span class="comment-quote">${on}</span>${where}${messages}</li>`;
    })
    .join('');
  return `<section class="comment-notes"><h1 id="${COMMENTS_ANCHOR}">${escapeHtml(words.comments)}</h1><ol>${items}</ol></section>`;
}

/** The annex listing every endorsing organisation, when there are too many for the cover. */
export function endorsementsAnnexHtml(model: ExportModel, words: ExportWording): string {
  if (signatoryPlacement(model) !== 'annex') return '';
  const items = model.signatories.map((name) => `<li><bdi>${escapeHtml(name)}</bdi></li>`).join('');
  return `<section class="annex"><h1 id="${ANNEX_ANCHOR}">${escapeHtml(words.endorsingOrganisations)}</h1><ul>${items}</ul></section>`;
}

/** A letter's signatories, right after its text (`signatoriesAt: 'end'`). */
export function signatoriesHtml(model: ExportModel, words: ExportWording): string {
  if (signatoryPlacement(model) !== 'end') return '';
  const items = model.signatories.map((name) => `<li><bdi>${escapeHtml(name)}</bdi></li>`).join('');
  return `<section class="signatories"><h1 id="${SIGNATORIES_ANCHOR}">${escapeHtml(words.signatories)}</h1><ul>${items}</ul></section>`;
}

/** The optional closing note on the unconfirmed facts the document rests on. */
export function factsNoteHtml(notes: readonly string[], words: ExportWording): string {
  if (notes.length === 0) return '';
  const items = notes.map((n) => `<li><bdi>${escapeHtml(n)}</bdi></li>`).join('');
  return `<section class="facts-note"><h1 id="${FACTS_ANCHOR}">${escapeHtml(words.facts)}</h1><p>${escapeHtml(words.factsIntro)}</p><ul>${items}</ul></section>`;
}
