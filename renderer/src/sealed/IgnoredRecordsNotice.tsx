import type { WorkspaceSync } from '../sync/WorkspaceSync.ts';
import { useSubscription } from '../hooks/useSubscription.ts';
import { useT } from '../i18n/useT.ts';
import type { IgnoredKind } from './ignoredRecords.ts';

const MESSAGES = {
  altered: 'private.ignored.altered',
  'not-allowed': 'private.ignored.notAllowed',
  'newer-version': 'private.ignored.newerVersion',
} as const satisfies Record<IgnoredKind, string>;

/**
 * Under a private document: says when records the relay sent for it were ignored, and why, in
 * words a member can act on (tell whoever runs the relay; a role that may not change the text;
 * update Concord). Detection is the sealed sync's (docs/private-workspaces.md, Integrity).
 */
export function IgnoredRecordsNotice({ sync, id }: { sync: WorkspaceSync; id: string }) {
  const t = useT();
  const counts = useSubscription(
    (onChange) => sync.ignored.subscribe((changed) => changed === id && onChange()),
    () => sync.ignored.of(id),
    [sync, id],
  );
  const kinds = (Object.keys(MESSAGES) as IgnoredKind[]).filter((k) => counts[k] > 0);
  if (kinds.length === 0) return null;
  return (
    <div role="alert" className="field-error ignored-records">
      {kinds.map((k) => (
        <p key={k}>{t(MESSAGES[k], { count: counts[k] })}</p>
      ))}
    </div>
  );
}
