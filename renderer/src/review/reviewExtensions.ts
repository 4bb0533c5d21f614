import { Extension, type AnyExtension } from '@tiptap/core';
import { isSuggestChangesEnabled, toggleSuggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import type { ReviewSession } from './ReviewSession.ts';
import { bindKeys } from '../shortcuts/bindKeys.ts';
import { SuggestMode } from './suggestMode.ts';
import { CommentHighlights } from './commentHighlights.ts';
import { AuthorHighlights } from './authorHighlights.ts';
import type { Translate } from '../i18n/useT.ts';

/** Ctrl/Cmd+Alt+M comments on the selection; Ctrl/Cmd+Shift+E turns suggesting on and off (`shared/shortcuts`). */
const ReviewShortcuts = Extension.create<{ review: ReviewSession | null }>({
  name: 'reviewShortcuts',
  addOptions: () => ({ review: null }),
  addKeyboardShortcuts() {
    const review = this.options.review;
    return {
      ...bindKeys('comment', () => {
        review?.onCommentRequest();
        return true;
      }),
      ...bindKeys('suggest', () => {
        // A commenter can only suggest (their mode stays on); nobody toggles it in a locked document.
        if (!review?.canEdit || !this.editor.isEditable) return true;
        toggleSuggestChanges(this.editor.state, this.editor.view.dispatch);
        review.onSuggestingChanged(isSuggestChangesEnabled(this.editor.state));
        return true;
      }),
    };
  },
});

/**
 * The editor extensions of review: suggesting mode, comment highlights, "who wrote what" (its
 * tooltips in the interface language), shortcuts.
 */
export function reviewExtensions(review: ReviewSession, t: Translate): AnyExtension[] {
  return [
    SuggestMode.configure({ review }),
    CommentHighlights.configure({ review }),
    AuthorHighlights.configure({ review, t }),
    ReviewShortcuts.configure({ review }),
  ];
}
