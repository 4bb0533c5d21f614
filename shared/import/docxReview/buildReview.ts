import type { Node as PMNode } from '@tiptap/pm/model';
import type { ImportedReview, ImportedThread } from '../importTypes.ts';
import type { WordRevision } from './markReviewXml.ts';
import type { WordComment, WordCommentEx } from './readWordComments.ts';

/** An ISO date-time for a Word date (Word writes "2026-05-04T09:30:00Z"), or `fallback`. */
function isoDate(value: string, fallback: string): string {
  const t = Date.parse(value);
  return Number.isNaN(t) ? fallback : new Date(t).toISOString();
}

/**
 * Groups Word comments into threads (a reply names its parent in commentsExtended.xml; without
 * that file every comment is its own thread), anchors each thread on its first comment's range, and
 * lists who made each suggestion. Comments without a range in the text are left out and counted.
 */
export function buildReview(
  body: PMNode,
  input: {
    comments: WordComment[];
    extended: Map<string, WordCommentEx>;
    ranges: Map<string, { from: number; to: number }>;
    revisions: WordRevision[];
    revisionIds: Map<number, string>;
  },
  now: string,
): { review: ImportedReview; unanchored: number } {
  const byParaId = new Map(input.comments.filter((c) => c.paraId).map((c) => [c.paraId, c]));
  const rootOf = (c: WordComment): WordComment => {
    const seen = new Set<WordComment>();
    let cur = c;
    for (;;) {
      seen.add(cur);
      const parent = byParaId.get(input.extended.get(cur.paraId)?.parentParaId ?? '');
      if (!parent || seen.has(parent)) return cur;
      cur = parent;
    }
  };
  const threads = new Map<WordComment, ImportedThread>();
  let unanchored = 0;
  const size = body.content.size;
  for (const c of input.comments) {
    const root = rootOf(c);
    let thread = threads.get(root);
    if (!thread) {
      const range = input.ranges.get(root.id);
      if (!range || range.to > size) {
        if (c === root) unanchored += 1;
        continue;
      }
      thread = {
        from: range.from,
        to: range.to,
        quote: body.textBetween(range.from, range.to, ' ', ' ').trim(),
        resolved: input.extended.get(root.paraId)?.done ?? false,
        messages: [],
      };
      threads.set(root, thread);
    }
    if (!c.text) continue;
    const message = { authorName: c.author || 'Unknown', text: c.text, createdAt: isoDate(c.date, now) };
    if (c === root) thread.messages.unshift(message);
    else thread.messages.push(message);
  }
  // The first comment opens the thread; replies follow in time order.
  for (const t of threads.values())
    t.messages = [t.messages[0]!, ...t.messages.slice(1).sort((a, b) => a.createdAt.localeCompare(b.createdAt))].filter(
      Boolean,
    );
  const suggestions: ImportedReview['suggestions'] = {};
  for (const [index, id] of input.revisionIds) {
    const r = input.revisions[index];
    if (r && !suggestions[id]) suggestions[id] = { authorName: r.author || 'Unknown', createdAt: isoDate(r.date, now) };
  }
  const list = [...threads.values()].filter((t) => t.messages.length > 0).sort((a, b) => a.from - b.from);
  return { review: { threads: list, suggestions }, unanchored };
}
