// README-model: suggestions are `insertion` / `deletion` / `modification` marks in the body, each
// with an `id` (a string from newId()). Who made one and when lives beside the text, in the Y.Map
// `suggestions`: id -> { authorId, authorName, colour, createdAt (ISO) }, written once, when the
// suggestion is created, and never removed (accepted or rejected marks simply disappear).
import type * as Y from 'yjs';
import type { z } from 'zod';
import { SUGGESTIONS_FIELD, SuggestionMetaSchema } from './schema/fields.ts';

export type SuggestionMeta = z.infer<typeof SuggestionMetaSchema>;

/** The author a suggestion is attributed to. */
export interface Author {
  id: string;
  name: string;
  colour: string;
}

function map(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(SUGGESTIONS_FIELD);
}

/** Records who made a suggestion (first writer wins locally; an existing entry is never rewritten). */
export function recordSuggestion(doc: Y.Doc, id: string, author: Author, at: Date = new Date()): void {
  const suggestions = map(doc);
  if (suggestions.has(id)) return;
  const meta: SuggestionMeta = {
    authorId: author.id,
    authorName: author.name,
    colour: author.colour,
    createdAt: at.toISOString(),
  };
  suggestions.set(id, meta);
}

/** Who made a suggestion, or null when unknown (e.g. not yet arrived, or malformed). */
export function readSuggestionMeta(doc: Y.Doc, id: string): SuggestionMeta | null {
  const parsed = SuggestionMetaSchema.safeParse(map(doc).get(id));
  return parsed.success ? parsed.data : null;
}

/** Every recorded suggestion's metadata, by id. */
export function readAllSuggestionMeta(doc: Y.Doc): Map<string, SuggestionMeta> {
  const out = new Map<string, SuggestionMeta>();
  map(doc).forEach((value, id) => {
    const parsed = SuggestionMetaSchema.safeParse(value);
    if (parsed.success) out.set(id, parsed.data);
  });
  return out;
}
