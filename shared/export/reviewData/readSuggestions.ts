import type * as Y from 'yjs';
import { z } from 'zod';
import { plainEntries } from './plainValue.ts';

/** Root map holding who made each suggestion (id in the body's suggestion marks) and when. */
export const SUGGESTIONS_FIELD = 'suggestions';

/** What the export shows about a suggestion. */
export interface SuggestionInfo {
  authorName: string;
  /** ISO date-time, or '' when unknown. */
  createdAt: string;
}

const InfoSchema = z.object({ authorName: z.string().max(300).catch(''), createdAt: z.string().max(100).catch('') });

/**
 * Reads the `suggestions` map (id -> { authorId, authorName, colour, createdAt }). A minimal reader
 * of the review model's data for export; entries that are not objects are skipped.
 */
export function readSuggestions(doc: Y.Doc): Record<string, SuggestionInfo> {
  const out: Record<string, SuggestionInfo> = {};
  for (const [id, value] of plainEntries(doc, SUGGESTIONS_FIELD)) {
    const parsed = InfoSchema.safeParse(value);
    if (parsed.success) out[id] = parsed.data;
  }
  return out;
}
