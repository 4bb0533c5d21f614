// README-model: Y.Map `people`: identity id -> { name, colour }. Y.PermanentUserData (`users`, see
// attribution.ts) knows people only by identity id; this map gives them the name and colour the
// app shows. Each person writes their own entry when they open the document.
import type * as Y from 'yjs';
import type { z } from 'zod';
import { PEOPLE_FIELD, PersonSchema } from './schema/fields.ts';
import type { Author } from './suggestionMeta.ts';

export type Person = z.infer<typeof PersonSchema> & { id: string };

/** Records (or updates) how a person is named and coloured in this document. */
export function recordPerson(doc: Y.Doc, author: Author): void {
  const people = doc.getMap<unknown>(PEOPLE_FIELD);
  const known = PersonSchema.safeParse(people.get(author.id));
  if (known.success && known.data.name === author.name && known.data.colour === author.colour) return;
  people.set(author.id, { name: author.name, colour: author.colour });
}

/** Everyone who has worked on the document, by identity id. */
export function readPeople(doc: Y.Doc): Map<string, Person> {
  const out = new Map<string, Person>();
  doc.getMap<unknown>(PEOPLE_FIELD).forEach((value, id) => {
    const parsed = PersonSchema.safeParse(value);
    if (parsed.success) out.set(id, { id, ...parsed.data });
  });
  return out;
}
