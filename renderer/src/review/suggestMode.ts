import { Extension } from '@tiptap/core';
import { Plugin, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import {
  isSuggestChangesEnabled,
  suggestChanges,
  suggestChangesKey,
} from '@handlewithcare/prosemirror-suggest-changes';
import { suggestTransaction } from '../../../shared/review/suggestTransaction.ts';
import { recordSuggestion } from '../../../shared/review/suggestionMeta.ts';
import type { ReviewSession } from './ReviewSession.ts';

/**
 * The library's plugin holds the on/off state (and skips its zero-width markers with the arrow
 * keys). Its decorations walk the whole document on every update, so they are left out; suggestion
 * styling comes from the marks themselves and the author colours in SuggestionStyles.
 */
function suggestPlugin(): Plugin {
  const base = suggestChanges();
  return new Plugin({ ...base.spec, props: { ...base.spec.props, decorations: undefined } });
}

/** Whether a transaction is the user's own edit, to be turned into a suggestion. */
function isOwnEdit(tr: Transaction, state: EditorState): boolean {
  if (!tr.docChanged || !isSuggestChangesEnabled(state)) return false;
  const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined;
  if (sync?.isChangeOrigin || sync?.isUndoRedoOperation) return false;
  const own = tr.getMeta(suggestChangesKey) as { skip?: boolean } | undefined;
  return !own?.skip && !tr.getMeta('history$');
}

/**
 * Suggesting mode: Tiptap v3 lets an extension wrap the editor's dispatch (`dispatchTransaction`
 * with `next`), which is where @handlewithcare/prosemirror-suggest-changes wants to sit. Each of the
 * user's edits is rewritten into a suggestion before it reaches the state (and so Yjs); its author
 * is recorded in the `suggestions` map first, so collaborators never see an unattributed one.
 * Remote changes and Yjs undo pass through untouched.
 */
export const SuggestMode = Extension.create<{ review: ReviewSession | null }>({
  name: 'suggestMode',
  addOptions: () => ({ review: null }),
  addProseMirrorPlugins() {
    return [suggestPlugin()];
  },
  dispatchTransaction({ transaction, next }) {
    const review = this.options.review;
    const state = this.editor.state;
    if (!review || !isOwnEdit(transaction, state)) return next(transaction);
    let suggested;
    try {
      suggested = suggestTransaction(transaction, state, review.owns);
    } catch {
      review.onRefused('review.cannotSuggest');
      return;
    }
    suggested.created.forEach((id) => recordSuggestion(review.doc, id, review.author));
    next(suggested.tr);
  },
});
