import { formatDate } from '../library/formatDate.ts';
import { reviewSuggestions, type Verdict } from '../../../shared/review/reviewSuggestions.ts';
import { useDocument } from '../document/DocumentContext.ts';
import { useSuggestions, type ListedSuggestion } from './useSuggestions.ts';
import { settleNow } from '../hooks/settle.ts';

const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

function describe(s: ListedSuggestion): string {
  if (s.inserted && s.deleted) return `Replace “${clip(s.deleted)}” with “${clip(s.inserted)}”`;
  if (s.inserted) return `Insert “${clip(s.inserted)}”`;
  if (s.deleted) return `Delete “${clip(s.deleted)}”`;
  return 'Change formatting';
}

/** Suggestions in document order: accept or reject one, all by one author, or all. */
export function SuggestionsPanel() {
  const { editor, review } = useDocument();
  const suggestions = useSuggestions(editor, review);
  const decide = (ids: string[] | null, verdict: Verdict) => {
    const tr = reviewSuggestions(editor.state, ids, verdict);
    // The list shows the decision at once: nothing moves under the pointer a moment later.
    if (tr) editor.view.dispatch(settleNow(tr));
  };
  const authors = new Map<string, { name: string; colour: string; ids: string[] }>();
  for (const s of suggestions) {
    const key = s.meta?.authorId ?? '?';
    const entry = authors.get(key) ?? {
      name: s.meta?.authorName ?? 'Unknown author',
      colour: s.meta?.colour ?? '#888888',
      ids: [],
    };
    entry.ids.push(s.id);
    authors.set(key, entry);
  }
  const canDecide = review.canEdit;
  return (
    <section className="review-panel-body" aria-label="Suggestions">
      {suggestions.length === 0 && (
        <p className="muted">No suggestions. Turn on Suggesting to propose changes others can accept or reject.</p>
      )}
      {canDecide && suggestions.length > 0 && (
        <div className="bulk-actions">
          <button type="button" onClick={() => decide(null, 'accept')}>
            Accept all
          </button>
          <button type="button" onClick={() => decide(null, 'reject')}>
            Reject all
          </button>
          {authors.size > 1 &&
            [...authors.values()].map((a) => (
              <span key={a.name} className="author-actions">
                <span className="dot" style={{ background: a.colour }} aria-hidden="true" />
                <button type="button" onClick={() => decide(a.ids, 'accept')}>
                  Accept all by {a.name}
                </button>
                <button type="button" onClick={() => decide(a.ids, 'reject')}>
                  Reject all by {a.name}
                </button>
              </span>
            ))}
        </div>
      )}
      <ol className="suggestion-list">
        {suggestions.map((s) => (
          <li
            key={s.id}
            aria-label={`Suggestion by ${s.meta?.authorName ?? 'unknown author'}`}
            style={{ ['--author-colour' as string]: s.meta?.colour ?? '#888888' }}
          >
            <header>
              <span className="dot" aria-hidden="true" />
              <strong>{s.meta?.authorName ?? 'Unknown author'}</strong>{' '}
              <time dateTime={s.meta?.createdAt}>{formatDate(s.meta?.createdAt ?? '')}</time>
            </header>
            <button
              type="button"
              className="link-button suggestion-text"
              onClick={() =>
                editor
                  .chain()
                  .focus()
                  .setTextSelection({ from: s.from, to: Math.min(s.to, editor.state.doc.content.size) })
                  .scrollIntoView()
                  .run()
              }
            >
              {describe(s)}
            </button>
            {canDecide && (
              <div className="suggestion-actions">
                <button type="button" onClick={() => decide([s.id], 'accept')}>
                  Accept
                </button>
                <button type="button" onClick={() => decide([s.id], 'reject')}>
                  Reject
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
