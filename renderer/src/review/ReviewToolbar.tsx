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
import { useT } from '../i18n/useT.ts';

const PANELS: readonly ReviewPanel[] = ['comments', 'suggestions', 'versions', 'sign-off'];
const PENCIL = '✎';
const COMMENT_SHORTCUT = 'Ctrl+Alt+M';

/** Review controls: comment, suggesting mode, "who wrote what", and the review panels. */
export function ReviewToolbar() {
  const { editor, review, locked } = useDocument();
  const ui = useReviewUi(review);
  const notify = useNotice();
  const t = useT();
  const suggesting = useEditorState({ editor, selector: ({ editor: e }) => isSuggestChangesEnabled(e.state) });
  const forced = review.canComment && !review.canEdit;
  useEffect(() => {
    // A commenter can only suggest: their client starts (and stays) in suggesting mode.
    if (forced && !isSuggestChangesEnabled(editor.state)) enableSuggestChanges(editor.state, editor.view.dispatch);
  }, [editor, forced, suggesting]);
  return (
    <div role="toolbar" aria-label={t('review.toolbar')} className="toolbar review-toolbar">
      <button
        type="button"
        className="tool"
        aria-keyshortcuts="Control+Alt+M"
        title={t('toolbar.withShortcut', { label: t('review.commentOnSelection'), shortcut: COMMENT_SHORTCUT })}
        disabled={!review.canComment || locked}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => requestComment(editor, review, notify, t)}
      >
        {t('comments.comment')}
      </button>
      <button
        type="button"
        className="tool"
        aria-pressed={suggesting}
        title={forced ? t('review.suggestingForced') : t('review.suggestingHint')}
        disabled={forced || locked || !review.canComment}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          toggleSuggestChanges(editor.state, editor.view.dispatch);
          editor.commands.focus();
        }}
      >
        <span aria-hidden="true" className="tool-icon">
          {PENCIL}
        </span>
        {t('review.suggesting')}
      </button>
      <button
        type="button"
        className="tool"
        aria-pressed={ui.authorship}
        onClick={() => review.update({ authorship: !ui.authorship })}
      >
        {t('review.authorship')}
      </button>
      <span className="sep" />
      {PANELS.map((panel) => (
        <button
          key={panel}
          type="button"
          className="tool"
          aria-pressed={ui.panel === panel}
          onClick={() => review.update({ panel: ui.panel === panel ? null : panel })}
        >
          {t('review.panel', { panel })}
        </button>
      ))}
    </div>
  );
}
