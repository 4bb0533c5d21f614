import type * as Y from 'yjs';
import { readAllSuggestionMeta } from '../../review/suggestionMeta.ts';

/** What the export shows about a suggestion. */
export interface SuggestionInfo {
  authorName: string;
  /** ISO date-time. */
  createdAt: string;
}

/** Who made each suggestion and when, by the id in the body's suggestion marks (the review model's own reader). */
export function readSuggestions(doc: Y.Doc): Record<string, SuggestionInfo> {
  const out: Record<string, SuggestionInfo> = {};
  for (const [id, meta] of readAllSuggestionMeta(doc))
    out[id] = { authorName: meta.authorName, createdAt: meta.createdAt };
  return out;
}
