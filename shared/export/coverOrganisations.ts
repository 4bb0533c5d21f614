import type * as Y from 'yjs';
import type { Member } from '../model/members.ts';
import { listSignatories } from '../review/signatories.ts';

/** The organisations a cover shows: logos in a grid, and the names listed as the coalition's members. */
export interface CoverOrganisations {
  logos: { organisation: string; blob: string }[];
  /** Listed under "Member organisations" when the document has no sign-on list (which lists its own). */
  members: string[];
}

/**
 * Who a document's cover shows. With a sign-on list, only the member organisations that endorsed
 * it, whose names the list already prints: an invited or declined organisation's logo must not
 * suggest it stands behind the text. Without one, every member organisation of the coalition.
 */
export function coverOrganisations(doc: Y.Doc, members: readonly Member[]): CoverOrganisations {
  const signOn = listSignatories(doc);
  const logo = (m: Member) => (m.logo ? [{ organisation: m.name, blob: m.logo }] : []);
  if (signOn.length === 0) return { logos: members.flatMap(logo), members: members.map((m) => m.name) };
  const endorsed = new Set(signOn.filter((s) => s.status === 'endorsed').map((s) => s.orgId));
  return { logos: members.filter((m) => endorsed.has(m.id)).flatMap(logo), members: [] };
}
