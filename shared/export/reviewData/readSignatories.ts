import type * as Y from 'yjs';
import { z } from 'zod';
import { plainEntries } from './plainValue.ts';

/** Root map of the sign-on: orgId -> { organisation, status: 'invited'|'endorsed'|'declined', recordedBy, recordedAt }. */
export const SIGNATORIES_FIELD = 'signatories';

const EntrySchema = z.object({ organisation: z.string().min(1).max(300), status: z.string().max(40) });

/**
 * The organisations that have endorsed the document, sorted by name. Invited and declined ones are
 * never printed: no organisation appears as an author before it endorses.
 */
export function readEndorsed(doc: Y.Doc): string[] {
  const names: string[] = [];
  for (const [, value] of plainEntries(doc, SIGNATORIES_FIELD)) {
    const parsed = EntrySchema.safeParse(value);
    if (parsed.success && parsed.data.status === 'endorsed') names.push(parsed.data.organisation.trim());
  }
  return names.sort((a, b) => a.localeCompare(b));
}
