import { useEffect, useRef, type MouseEvent } from 'react';
import { reviewSuggestions, type Verdict } from '../../../shared/review/reviewSuggestions.ts';
import { useDocument } from '../document/DocumentContext.ts';
import { useDocumentGate } from '../document/useDocumentGate.ts';
import { useSuggestions, type ListedSuggestion } from './useSuggestions.ts';
import { settleNow } from '../hooks/settle.ts';
import { useT, type Translate } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';

const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

function describe(t: Translate, s: ListedSuggestion): string {
  if (s.inserted && s.deleted)
    return t('suggestions.replace', { deleted: clip(s.deleted), inserted: clip(s.inserted) });
  if (s.inserted) return t('suggestions.insert', { text: clip(s.inserted) });
  if (s.deleted) return t('suggestions.delete', { text: clip(s.deleted) });
  return t('suggestions.format');
}

/** Suggestions in document order: accept or reject one, all by one author, or all. */
export function SuggestionsPanel() {
  const { editor, review } = useDocument();
  // Accepting or rejecting changes the text: editors only, and not in a final or submitted document.
  const deciding = useDocumentGate()('edit-text');
  const t = useT();
  const format = useFormat();
  const suggestions = useSuggestions(editor, review);
  const section = useRef<HTMLElement>(null);
  // The buttons of a decided suggestion go away: focus moves to the next one's, not to nowhere.
  const refocus = useRef<{ index: number; before: ListedSuggestion[] } | null>(null);
  useEffect(() => {
    const pending = refocus.current;
    if (!pending || pending.before === suggestions) return;
    refocus.current = null;
    const next = section.current?.querySelectorAll<HTMLElement>('.suggestion-actions button:first-child') ?? [];
    (next[Math.min(pending.index, next.length - 1)] ?? section.current)?.focus();
  }, [suggestions]);
  const decide = (ids: string[] | null, verdict: Verdict) => {
    const tr = reviewSuggestions(editor.state, ids, verdict);
    const index = ids?.length === 1 ? suggestions.findIndex((s) => s.id === ids[0]) : 0;
    if (section.current?.contains(document.activeElement)) refocus.current = { index, before: suggestions };
    // The list shows the decision at once: nothing moves under the pointer a moment later.
    if (tr) editor.view.dispatch(settleNow(tr));
  };
  // A decision takes its suggestion (or the per-author row) out of the list, so what was below moves
  // up under the pointer: the second click of a double click would decide the next suggestion, which
  // the person never aimed at. Only a first click decides (keyboard activation has detail 0).
  const onDecide = (ids: string[] | null, verdict: Verdict) => (event: MouseEvent) => {
    if (event.detail <= 1) decide(ids, verdict);
  };
  const unknown = t('suggestions.unknownAuthor');
  const authors = new Map<string, { name: string; colour: string; ids: string[] }>();
  for (const s of suggestions) {
    const key = s.meta?.authorId ?? '?';
    const entry = authors.get(key) ?? {
      name: s.meta?.authorName ?? unknown,
      colour: s.meta?.colour ?? '#888888',
      ids: [],
    };
    entry.ids.push(s.id);
    authors.set(key, entry);
  }
  const canDecide = deciding.allowed;
  return (
    <section
      ref={section}
      tabIndex={-1}
      className="review-panel-body"
      aria-label={t('review.panel', { panel: 'suggestions' })}
    >
      {suggestions.length === 0 && <p className="muted">{t('suggestions.none')}</p>}
      {!canDecide && suggestions.length > 0 && (
        <p className="hint" role="note">
          {deciding.reason}
        </p>
      )}
      {canDecide && suggestions.length > 0 && (
        <div className="bulk-actions">
          <button type="button" onClick={onDecide(null, 'accept')}>
            {t('suggestions.acceptAll')}
          </button>
          <button type="button" onClick={onDecide(null, 'reject')}>
            {t('suggestions.rejectAll')}
          </button>
          {authors.size > 1 &&
            [...authors.values()].map((a) => (
              <span key={a.name} className="author-actions">
                <span className="dot" style={{ background: a.colour }} aria-hidden="true" />
                <button type="button" onClick={onDecide(a.ids, 'accept')}>
                  {t('suggestions.acceptAllBy', { name: a.name })}
                </button>
                <button type="button" onClick={onDecide(a.ids, 'reject')}>
                  {t('suggestions.rejectAllBy', { name: a.name })}
                </button>
              </span>
            ))}
        </div>
      )}
      <ol className="suggestion-list">
        {suggestions.map((s) => (
          <li
            key={s.id}
            aria-label={t('suggestions.by', { name: s.meta?.authorName ?? unknown })}
            style={{ ['--author-colour' as string]: s.meta?.colour ?? '#888888' }}
          >
            <header>
              <span className="dot" aria-hidden="true" />
              <strong>{s.meta?.authorName ?? unknown}</strong>
              <time dateTime={s.meta?.createdAt}>{format.dateTime(s.meta?.createdAt)}</time>
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
              {describe(t, s)}
            </button>
            {canDecide && (
              <div className="suggestion-actions">
                <button type="button" onClick={onDecide([s.id], 'accept')}>
                  {t('suggestions.accept')}
                </button>
                <button type="button" onClick={onDecide([s.id], 'reject')}>
                  {t('suggestions.reject')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
