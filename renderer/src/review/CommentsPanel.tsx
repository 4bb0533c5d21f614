import { useState } from 'react';
import { useDocument } from '../document/DocumentContext.ts';
import { useReviewUi } from './useReviewSession.ts';
import { jumpTo, type AnchoredThread } from './useCommentAnchors.ts';
import type { MentionCandidate } from './useMentionCandidates.ts';
import { ThreadCard } from './ThreadCard.tsx';
import { useT } from '../i18n/useT.ts';

type Filter = 'open' | 'resolved' | 'mine' | 'all';

const FILTERS: readonly Filter[] = ['open', 'resolved', 'mine', 'all'];

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
  const t = useT();
  const [filter, setFilter] = useState<Filter>('open');
  const shown = threads
    .filter((th) => matches(th, filter, review.author.id))
    .sort((a, b) => (a.range?.from ?? Infinity) - (b.range?.from ?? Infinity));
  return (
    <section className="review-panel-body" aria-label={t('comments.title')}>
      <div role="radiogroup" aria-label={t('comments.show')} className="filters">
        {FILTERS.map((f) => (
          <label key={f}>
            <input type="radio" name="comment-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} />
            {t('comments.filter', {
              filter: f,
              count: threads.filter((th) => matches(th, f, review.author.id)).length,
            })}
          </label>
        ))}
      </div>
      {shown.length === 0 && <p className="muted">{t('comments.none')}</p>}
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
