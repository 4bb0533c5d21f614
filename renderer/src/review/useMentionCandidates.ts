import type * as Y from 'yjs';
import type { DocConnection } from '../sync/docConnection.ts';
import { listMembers, MEMBERS_FIELD } from '../../../shared/model/members.ts';
import { readPeople } from '../../../shared/review/people.ts';
import { PEOPLE_FIELD } from '../../../shared/review/schema/fields.ts';
import { useYValue } from '../hooks/useYValue.ts';
import { useAwarenessValue } from '../sync/useAwarenessValue.ts';

/** Someone or some organisation that can be @mentioned. */
export interface MentionCandidate {
  /** `org:<member id>` or `person:<identity id>` (`person:~<name>` for someone only seen online). */
  id: string;
  label: string;
  kind: 'organisation' | 'person';
}

function awarenessNames(connection: DocConnection): string[] {
  const names: string[] = [];
  connection.awareness.getStates().forEach((state, clientId) => {
    if (clientId === connection.awareness.clientID) return;
    const name = (state as { user?: { name?: unknown } }).user?.name;
    if (typeof name === 'string' && name.trim()) names.push(name.trim().slice(0, 80));
  });
  return names;
}

/** Member organisations of the workspace, people who worked on the document (you too), and people online now. */
export function useMentionCandidates(
  workspace: Y.Doc,
  doc: Y.Doc,
  connection: DocConnection | null,
): MentionCandidate[] {
  const members = useYValue(workspace.getMap(MEMBERS_FIELD), () => listMembers(workspace));
  const people = useYValue(doc.getMap(PEOPLE_FIELD), () => [...readPeople(doc).values()]);
  const online = useAwarenessValue(connection, awarenessNames, []);
  const out: MentionCandidate[] = members.map((m) => ({ id: `org:${m.id}`, label: m.name, kind: 'organisation' }));
  const known = new Set<string>();
  for (const p of people) {
    known.add(p.name);
    out.push({ id: `person:${p.id}`, label: p.name, kind: 'person' });
  }
  for (const name of new Set(online))
    if (!known.has(name)) out.push({ id: `person:~${name}`, label: name, kind: 'person' });
  return out;
}
