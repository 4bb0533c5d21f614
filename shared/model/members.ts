import * as Y from 'yjs';
import { z } from 'zod';
import { newId } from '../ids.ts';

/** Name of the Y.Map in the workspace Y.Doc that lists member organisations, keyed by id. */
export const MEMBERS_FIELD = 'members';

const MemberSchema = z.object({ id: z.string().min(1).max(200), name: z.string().trim().min(1).max(200) });
export type Member = z.infer<typeof MemberSchema>;

function members(workspace: Y.Doc): Y.Map<Y.Map<unknown>> {
  return workspace.getMap<Y.Map<unknown>>(MEMBERS_FIELD);
}

/** The coalition's member organisations, by name. */
export function listMembers(workspace: Y.Doc): Member[] {
  const out: Member[] = [];
  members(workspace).forEach((map, id) => {
    const parsed = MemberSchema.safeParse({ id, name: map.get('name') });
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
