import type { Editor } from '@tiptap/core';
import { collectSuggestions, type SuggestionEntry } from '../../../shared/review/suggestionList.ts';
import { readAllSuggestionMeta, type SuggestionMeta } from '../../../shared/review/suggestionMeta.ts';
import { SUGGESTIONS_FIELD } from '../../../shared/review/schema/fields.ts';
import type { ReviewSession } from './ReviewSession.ts';
import { useYValue } from '../hooks/useYValue.ts';
import { useEditorValue } from '../hooks/useEditorValue.ts';

/** A suggestion in the text with who made it (null until its metadata arrives). */
export interface ListedSuggestion extends SuggestionEntry {
  meta: SuggestionMeta | null;
}

/** The suggestions in the text, re-collected when the text settles (only while shown). */
export function useSuggestions(editor: Editor, review: ReviewSession): ListedSuggestion[] {
  const entries = useEditorValue(editor, (e) => collectSuggestions(e.state.doc));
  const meta = useYValue(review.doc.getMap(SUGGESTIONS_FIELD), () => readAllSuggestionMeta(review.doc));
  return entries.map((e) => ({ ...e, meta: meta.get(e.id) ?? null }));
}
