import { useEffect } from 'react';
import { useEditorState } from '@tiptap/react';
import {
  enableSuggestChanges,
  isSuggestChangesEnabled,
  toggleSuggestChanges,
} from '@handlewithcare/prosemirror-suggest-changes';
import { useNotice } from '../app/Notices.tsx';
import type { ReviewPanel } from './ReviewSession.ts';
import { useDocument } from '../document/DocumentContext.ts';
import { useReviewUi } from './useReviewSession.ts';
import { requestComment } from './NewCommentDialog.tsx';

const PANELS: { panel: ReviewPanel; label: string }[] = [
  { panel: 'comments', label: 'Comments' },
  { panel: 'suggestions', label: 'Suggestions' },
  { panel: 'versions', label: 'Versions' },
  { panel: 'sign-off', label: 'Sign-off' },
];

/** Review controls: comment, suggesting mode, "who wrote what", and the review panels. */
export function ReviewToolbar() {
  const { editor, review, locked } = useDocument();
  const ui = useReviewUi(review);
  const notify = useNotice();
  const suggesting = useEditorState({ editor, selector: ({ editor: e }) => isSuggestChangesEnabled(e.state) });
  const forced = review.canComment && !review.canEdit;
  useEffect(() => {
    // A commenter can only suggest: their client starts (and stays) in suggesting mode.
    if (forced && !isSuggestChangesEnabled(editor.state)) enableSuggestChanges(editor.state, editor.view.dispatch);
  }, [editor, forced, suggesting]);
  return (
    <div role="toolbar" aria-label="Review" className="toolbar review-toolbar">
      <button
        type="button"
        className="tool"
        aria-label="Comment"
        aria-keyshortcuts="Control+Alt+M"
        title="Comment on the selection (Ctrl+Alt+M)"
        disabled={!review.canComment || locked}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => requestComment(editor, review, notify)}
      >
        Comment
      </button>
      <button
        type="button"
        className="tool"
        aria-label="Suggesting"
        aria-pressed={suggesting}
        title={forced ? 'Your role can only suggest changes' : 'Edits become suggestions others can accept or reject'}
        disabled={forced || locked || !review.canComment}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          toggleSuggestChanges(editor.state, editor.view.dispatch);
          editor.commands.focus();
        }}
      >
        ✎ Suggesting
      </button>
      <button
        type="button"
        className="tool"
        aria-pressed={ui.authorship}
        onClick={() => review.update({ authorship: !ui.authorship })}
      >
        Who wrote what
      </button>
      <span className="sep" />
      {PANELS.map((p) => (
        <button
          key={p.panel}
          type="button"
          className="tool"
          aria-pressed={ui.panel === p.panel}
          onClick={() => review.update({ panel: ui.panel === p.panel ? null : p.panel })}
        >
          {p.label}
        </button>
      ))}
    </div>
  );
}
