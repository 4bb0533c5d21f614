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
import { useDocumentGate } from '../document/useDocumentGate.ts';
import { useReviewUi } from './useReviewSession.ts';
import { requestComment } from './NewCommentDialog.tsx';
import { useT } from '../i18n/useT.ts';
import { useRovingToolbar } from '../ui/rovingToolbar.ts';
import { useShortcut } from '../shortcuts/useShortcut.ts';

const PANELS: readonly ReviewPanel[] = ['comments', 'suggestions', 'versions', 'sign-off'];
const PENCIL = '✎';

/** Review controls: comment, suggesting mode, "who wrote what", and the review panels. */
export function ReviewToolbar() {
  const { editor, review } = useDocument();
  const gate = useDocumentGate();
  const comment = gate('comment');
  const suggest = gate('suggest');
  const ui = useReviewUi(review);
  const notify = useNotice();
  const t = useT();
  const suggesting = useEditorState({ editor, selector: ({ editor: e }) => isSuggestChangesEnabled(e.state) });
  // A commenter may suggest but not change the text: they are always suggesting.
  const forced = suggest.allowed && !gate('edit-text').allowed;
  const roving = useRovingToolbar(() => editor.commands.focus());
  const commentKeys = useShortcut('comment');
  const suggestKeys = useShortcut('suggest');
  const withKeys = (label: string, keys: string[]) => t('toolbar.withShortcut', { label, shortcut: keys.join(' / ') });
  useEffect(() => {
    // A commenter can only suggest: their client starts (and stays) in suggesting mode.
    if (forced && !isSuggestChangesEnabled(editor.state)) enableSuggestChanges(editor.state, editor.view.dispatch);
  }, [editor, forced, suggesting]);
  return (
    <div role="toolbar" aria-label={t('review.toolbar')} className="toolbar review-toolbar" {...roving}>
      <button
        type="button"
        className="tool"
        aria-keyshortcuts={commentKeys.aria}
        title={comment.reason ?? withKeys(t('review.commentOnSelection'), commentKeys.shown)}
        disabled={!comment.allowed}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => requestComment(editor, review, notify, t)}
      >
        {t('comments.comment')}
      </button>
      <button
        type="button"
        className="tool"
        aria-pressed={suggesting}
        aria-keyshortcuts={forced || !suggest.allowed ? undefined : suggestKeys.aria}
        title={
          suggest.reason ??
          (forced ? t('review.suggestingForced') : withKeys(t('review.suggestingHint'), suggestKeys.shown))
        }
        disabled={forced || !suggest.allowed}
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
          data-panel={panel}
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
