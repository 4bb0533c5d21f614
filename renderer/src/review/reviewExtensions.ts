import { Extension, type AnyExtension } from '@tiptap/core';
import type { ReviewSession } from './ReviewSession.ts';
import { SuggestMode } from './suggestMode.ts';
import { CommentHighlights } from './commentHighlights.ts';
import { AuthorHighlights } from './authorHighlights.ts';
import type { Translate } from '../i18n/useT.ts';

/** Ctrl/Cmd+Alt+M comments on the selection. */
const ReviewShortcuts = Extension.create<{ review: ReviewSession | null }>({
  name: 'reviewShortcuts',
  addOptions: () => ({ review: null }),
  addKeyboardShortcuts() {
    return {
      'Mod-Alt-m': () => {
        this.options.review?.onCommentRequest();
        return true;
      },
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
