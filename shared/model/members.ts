import * as Y from 'yjs';
import { z } from 'zod';
import { newId } from '../ids.ts';
import { isBlobHash } from '../images/blobHash.ts';

/** Name of the Y.Map in the workspace Y.Doc that lists member organisations, keyed by id. */
export const MEMBERS_FIELD = 'members';

const MemberSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  /** The organisation's logo (a workspace image, by SHA-256), shown on document covers. */
  logo: z.string().refine(isBlobHash).optional(),
});
export type Member = z.infer<typeof MemberSchema>;

function members(workspace: Y.Doc): Y.Map<Y.Map<unknown>> {
  return workspace.getMap<Y.Map<unknown>>(MEMBERS_FIELD);
}

/** The coalition's member organisations, by name. */
export function listMembers(workspace: Y.Doc): Member[] {
  const out: Member[] = [];
  members(workspace).forEach((map, id) => {
    const logo = map.get('logo');
    const parsed = MemberSchema.safeParse({ id, name: map.get('name'), ...(isBlobHash(logo) ? { logo } : {}) });
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Adds a member organisation and returns its id. */
export function addMember(workspace: Y.Doc, name: string): string {
  const member = MemberSchema.parse({ id: newId(), name });
  workspace.transact(() => {
    const map = new Y.Map<unknown>();
    members(workspace).set(member.id, map);
    map.set('name', member.name);
  });
  return member.id;
}

/** Sets (or, with null, removes) a member organisation's logo; false when there is no such member. */
export function setMemberLogo(workspace: Y.Doc, id: string, logo: string | null): boolean {
  const map = members(workspace).get(id);
  if (!map || (logo !== null && !isBlobHash(logo))) return false;
  if (logo === null) map.delete('logo');
  else map.set('logo', logo);
  return true;
}
