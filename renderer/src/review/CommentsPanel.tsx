import { useState } from 'react';
import { useDocument } from '../document/DocumentContext.ts';
import { useReviewUi } from './useReviewSession.ts';
import { jumpTo, type AnchoredThread } from './useCommentAnchors.ts';
import type { MentionCandidate } from './useMentionCandidates.ts';
import { ThreadCard } from './ThreadCard.tsx';

type Filter = 'open' | 'resolved' | 'mine' | 'all';

const FILTERS: { value: Filter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'resolved', label: 'Resolved' },
  { value: 'mine', label: 'Mine' },
  { value: 'all', label: 'All' },
];

function matches(item: AnchoredThread, filter: Filter, me: string): boolean {
  const t = item.thread;
  if (filter === 'open') return !t.resolved;
  if (filter === 'resolved') return t.resolved;
  if (filter === 'mine')
    return (
      t.authorId === me ||
      t.messages.some((m) => m.authorId === me) ||
      t.messages.some((m) => m.mentions.includes(`person:${me}`))
    );
  return true;
}

/** Every comment thread as a list, in document order (orphaned ones last), filtered. */
export function CommentsPanel({ threads, candidates }: { threads: AnchoredThread[]; candidates: MentionCandidate[] }) {
  const { editor, review } = useDocument();
  const { activeThread } = useReviewUi(review);
  const [filter, setFilter] = useState<Filter>('open');
  const shown = threads
    .filter((t) => matches(t, filter, review.author.id))
    .sort((a, b) => (a.range?.from ?? Infinity) - (b.range?.from ?? Infinity));
  return (
    <section className="review-panel-body" aria-label="Comments">
      <div role="radiogroup" aria-label="Show comments" className="filters">
        {FILTERS.map((f) => (
          <label key={f.value}>
            <input
              type="radio"
              name="comment-filter"
              value={f.value}
              checked={filter === f.value}
              onChange={() => setFilter(f.value)}
            />
            {f.label} ({threads.filter((t) => matches(t, f.value, review.author.id)).length})
          </label>
        ))}
      </div>
      {shown.length === 0 && <p className="muted">No comments here. Select text and press Comment (Ctrl+Alt+M).</p>}
      <div className="thread-list">
        {shown.map((item) => (
          <ThreadCard
            key={item.thread.id}
            item={item}
            candidates={candidates}
            active={item.thread.id === activeThread}
            onJump={() => {
              review.update({ activeThread: item.thread.id });
              jumpTo(editor, item.range);
            }}
          />
        ))}
      </div>
    </section>
  );
}
