import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { collectSuggestions, type SuggestionEntry } from '../../../shared/review/suggestionList.ts';
import { readAllSuggestionMeta, type SuggestionMeta } from '../../../shared/review/suggestionMeta.ts';
import { SUGGESTIONS_FIELD } from '../../../shared/review/schema/fields.ts';
import type { ReviewSession } from './ReviewSession.ts';
import { useYValue } from './useYValue.ts';

/** A suggestion in the text with who made it (null until its metadata arrives). */
export interface ListedSuggestion extends SuggestionEntry {
  meta: SuggestionMeta | null;
}

/** The suggestions in the text, re-collected shortly after the text changes (only while shown). */
export function useSuggestions(editor: Editor, review: ReviewSession): ListedSuggestion[] {
  const [entries, setEntries] = useState(() => collectSuggestions(editor.state.doc));
  const meta = useYValue(review.doc.getMap(SUGGESTIONS_FIELD), () => readAllSuggestionMeta(review.doc));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const later = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => setEntries(collectSuggestions(editor.state.doc)), 250);
    };
    editor.on('update', later);
    setEntries(collectSuggestions(editor.state.doc));
    return () => {
      editor.off('update', later);
      if (timer) clearTimeout(timer);
    };
  }, [editor]);
  return entries.map((e) => ({ ...e, meta: meta.get(e.id) ?? null }));
}
