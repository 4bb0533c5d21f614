import type * as Y from 'yjs';
import { ROADMAP_FIELDS } from './roadmapFields.ts';
import { MEMBERS_FIELD } from './members.ts';

/**
 * Calls `listener` after any transaction that changed the roadmap or the member list (local, remote
 * or seeding); returns the function that stops listening. The UI re-reads with listCycles & co.
 */
export function onRoadmapChange(workspace: Y.Doc, listener: (origin: unknown) => void): () => void {
  const types = [...Object.values(ROADMAP_FIELDS), MEMBERS_FIELD].map((name) => workspace.getMap<unknown>(name));
  // Deep observers fire once per changed root map; the listener hears once per transaction.
  let last: Y.Transaction | null = null;
  const handler = (_events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    if (tr === last) return;
    last = tr;
    listener(tr.origin);
  };
  types.forEach((t) => t.observeDeep(handler));
  return () => types.forEach((t) => t.unobserveDeep(handler));
}
