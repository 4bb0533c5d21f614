// README-model: the Y.Map `signatories`: member organisation id (shared/model/members.ts) ->
// { organisation (its name when recorded), status: 'invited' | 'endorsed' | 'declined',
//   recordedBy (name of who recorded it), recordedAt (ISO) }. The export's cover lists
// `endorsedOrganisations(doc)`.
import type * as Y from 'yjs';
import type { z } from 'zod';
import { SIGNATORIES_FIELD, SignatorySchema, type SIGN_ON_STATUSES } from './schema/fields.ts';
import type { Author } from './suggestionMeta.ts';

export type SignOnStatus = (typeof SIGN_ON_STATUSES)[number];
export type Signatory = z.infer<typeof SignatorySchema> & { orgId: string };

function map(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(SIGNATORIES_FIELD);
}

/** Records an organisation's sign-on status (inviting it is recording 'invited'). */
export function recordSignOn(
  doc: Y.Doc,
  orgId: string,
  organisation: string,
  status: SignOnStatus,
  author: Author,
  at: Date = new Date(),
): void {
  const entry = SignatorySchema.parse({ organisation, status, recordedBy: author.name, recordedAt: at.toISOString() });
  map(doc).set(orgId, entry);
}

/** Withdraws an invitation (the organisation is no longer asked to sign on). */
export function removeSignatory(doc: Y.Doc, orgId: string): void {
  map(doc).delete(orgId);
}

/** Every organisation invited to sign on, by name. */
export function listSignatories(doc: Y.Doc): Signatory[] {
  const out: Signatory[] = [];
  map(doc).forEach((value, orgId) => {
    const parsed = SignatorySchema.safeParse(value);
    if (parsed.success) out.push({ orgId, ...parsed.data });
  });
  return out.sort((a, b) => a.organisation.localeCompare(b.organisation) || a.orgId.localeCompare(b.orgId));
}

/** The names of the organisations that endorsed the document, alphabetically (for the export's cover). */
export function endorsedOrganisations(doc: Y.Doc): string[] {
  return listSignatories(doc)
    .filter((s) => s.status === 'endorsed')
    .map((s) => s.organisation);
}
