import { useEffect, useRef } from 'react';
import { useNotice } from '../app/Notices.tsx';
import { useDocument } from '../document/DocumentContext.ts';
import { useReviewUi } from './useReviewSession.ts';
import { useCommentAnchors } from './useCommentAnchors.ts';
import { useMentionCandidates } from './useMentionCandidates.ts';
import { requestComment, NewCommentDialog } from './NewCommentDialog.tsx';
import { CommentMargin } from './CommentMargin.tsx';
import { CommentsPanel } from './CommentsPanel.tsx';
import { SuggestionsPanel } from './SuggestionsPanel.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';
import { SignOffPanel } from './SignOffPanel.tsx';
import { SuggestionStyles } from './SuggestionStyles.tsx';
import './review.css';
import { useT } from '../i18n/useT.ts';
import { announce } from '../ui/announcer.ts';
import { useAnnounceChange } from '../ui/useAnnounceChange.ts';
import { useSuggestions } from './useSuggestions.ts';

const CLOSE = '×';

/** Everything review shows beside the text: the comment margin, the open review panel, and its dialogs. */
export function ReviewAside() {
  const { editor, review, workspace, connection } = useDocument();
  const ui = useReviewUi(review);
  const notify = useNotice();
  const t = useT();
  const threads = useCommentAnchors(editor, review);
  const candidates = useMentionCandidates(workspace, review.doc, connection);
  useEffect(() => {
    review.onCommentRequest = () => requestComment(editor, review, notify, t);
    review.onRefused = (id) => notify({ kind: 'error', text: t(id) });
    review.onSuggestingChanged = (on) => announce(t('review.suggestingNow', { on: String(on) }), { key: 'suggesting' });
  }, [editor, review, notify, t]);
  // Counts are announced when they change (someone comments, a suggestion is accepted), not on opening.
  const open = threads.filter((x) => !x.thread.resolved).length;
  useAnnounceChange(t('review.openComments', { count: open }), 'comment-count');
  const suggestions = useSuggestions(editor, review).length;
  useAnnounceChange(t('review.suggestionCount', { count: suggestions }), 'suggestion-count');
  // A panel opened from the review toolbar takes the focus, so the keyboard is where the panel is.
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (ui.panel && document.activeElement?.closest('[data-panel]')) panel.current?.focus();
  }, [ui.panel]);
  const margin = ui.panel !== 'comments' && threads.some((t) => !t.thread.resolved || t.thread.id === ui.activeThread);
  return (
    <>
      <SuggestionStyles doc={review.doc} />
      {margin && <CommentMargin threads={threads} candidates={candidates} />}
      {ui.panel && (
        <aside
          ref={panel}
          tabIndex={-1}
          className="review-panel"
          aria-label={t('review.panelLabel', { panel: ui.panel })}
          onKeyDown={(e) => {
            // Escape goes back to the panel's button (the panel stays open): the way out without the mouse.
            // A dialog opened from the panel (save a version) closes on its own Escape.
            if (e.key !== 'Escape' || e.defaultPrevented || (e.target as HTMLElement).closest('dialog')) return;
            e.preventDefault();
            document.querySelector<HTMLElement>(`[data-panel="${ui.panel}"]`)?.focus();
          }}
        >
          <header>
            <h2>{t('review.panel', { panel: ui.panel })}</h2>
            <button
              type="button"
              aria-label={t('review.closePanel')}
              title={t('review.closePanel')}
              onClick={() => {
                const opener = ui.panel;
                review.update({ panel: null });
                document.querySelector<HTMLElement>(`[data-panel="${opener}"]`)?.focus();
              }}
            >
              {CLOSE}
            </button>
          </header>
          {ui.panel === 'comments' && <CommentsPanel threads={threads} candidates={candidates} />}
          {ui.panel === 'suggestions' && <SuggestionsPanel />}
          {ui.panel === 'versions' && <VersionsPanel />}
          {ui.panel === 'sign-off' && <SignOffPanel />}
        </aside>
      )}
      {ui.draft && <NewCommentDialog draft={ui.draft} candidates={candidates} />}
    </>
  );
}
