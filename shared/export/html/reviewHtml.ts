import type { ExportComment, ExportModel } from '../exportModel.ts';
import type { Node as PMNode } from '@tiptap/pm/model';
import { COVER_SIGNATORIES_MAX, commentQuote, isoDay } from '../reviewText.ts';
import { escapeHtml } from './escape.ts';

/** Anchor of the comments section and of the endorsements annex, listed in the contents. */
export const COMMENTS_ANCHOR = 'comments';
export const ANNEX_ANCHOR = 'endorsements';

/** The "Comments" section: each open thread with the text it is on, every message with author and date. */
export function commentsSectionHtml(body: PMNode, comments: readonly ExportComment[]): string {
  const items = comments
    .map((c, i) => {
      const n = i + 1;
      const quote = commentQuote(body, c);
      const messages = c.messages
        .map((m) => {
          const who = [m.authorName || 'Unknown', isoDay(m.createdAt)].filter(Boolean).join(', ');
          return `<p class="comment-msg"><span class="comment-author">${escapeHtml(who)}:</span> ${escapeHtml(m.text)}</p>`;
        })
        .join('');
      const where = c.orphaned ? ' <span class="comment-orphaned">(text no longer in the document)</span>' : '';
      return `<li id="comment-${n}"><span class="note-no"><a href="#comment-ref-${n}">C${n}.</a></span><span class="comment-quote">On “${escapeHtml(quote)}”</span>${where}${messages}</li>`;
    })
    .join('');
  return `<section class="comment-notes"><h1 id="${COMMENTS_ANCHOR}">Comments</h1><ol>${items}</ol></section>`;
}

/** The annex listing every endorsing organisation, when there are too many for the cover. */
export function endorsementsAnnexHtml(model: ExportModel): string {
  if (model.signatories.length <= COVER_SIGNATORIES_MAX) return '';
  const items = model.signatories.map((name) => `<li>${escapeHtml(name)}</li>`).join('');
  return `<section class="annex"><h1 id="${ANNEX_ANCHOR}">Endorsing organisations</h1><ul>${items}</ul></section>`;
}
