import { useEffect } from 'react';
import type * as Y from 'yjs';
import type { Editor } from '@tiptap/core';
import type { RelayConnection } from '../sync/RelayConnection.ts';
import { useNotice } from '../app/Notices.tsx';
import type { ReviewSession } from './ReviewSession.ts';
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

const TITLES = {
  comments: 'Comments',
  suggestions: 'Suggestions',
  versions: 'Versions',
  'sign-off': 'Sign-off',
} as const;

interface ReviewAsideProps {
  editor: Editor;
  review: ReviewSession;
  workspace: Y.Doc;
  connection: RelayConnection | null;
  locked: boolean;
}

/** Everything review shows beside the text: the comment margin, the open review panel, and its dialogs. */
export function ReviewAside({ editor, review, workspace, connection, locked }: ReviewAsideProps) {
  const ui = useReviewUi(review);
  const notify = useNotice();
  const threads = useCommentAnchors(editor, review);
  const candidates = useMentionCandidates(workspace, review.doc, connection);
  useEffect(() => {
    review.onCommentRequest = () => requestComment(editor, review, notify);
    review.onRefused = (text) => notify({ kind: 'error', text });
  }, [editor, review, notify]);
  const margin = ui.panel !== 'comments' && threads.some((t) => !t.thread.resolved || t.thread.id === ui.activeThread);
  return (
    <>
      <SuggestionStyles doc={review.doc} />
      {margin && <CommentMargin editor={editor} review={review} threads={threads} candidates={candidates} />}
      {ui.panel && (
        <aside className="review-panel" aria-label={`${TITLES[ui.panel]} panel`}>
          <header>
            <h2>{TITLES[ui.panel]}</h2>
            <button type="button" aria-label="Close panel" onClick={() => review.update({ panel: null })}>
              ×
            </button>
          </header>
          {ui.panel === 'comments' && (
            <CommentsPanel editor={editor} review={review} threads={threads} candidates={candidates} />
          )}
          {ui.panel === 'suggestions' && <SuggestionsPanel editor={editor} review={review} />}
          {ui.panel === 'versions' && <VersionsPanel review={review} locked={locked} />}
          {ui.panel === 'sign-off' && <SignOffPanel review={review} workspace={workspace} />}
        </aside>
      )}
      {ui.draft && <NewCommentDialog editor={editor} review={review} draft={ui.draft} candidates={candidates} />}
    </>
  );
}
