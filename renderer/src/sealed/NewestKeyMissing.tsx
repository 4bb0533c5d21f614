import type { WorkspaceSync } from '../sync/WorkspaceSync.ts';
import { useSubscription } from '../hooks/useSubscription.ts';
import { useT } from '../i18n/useT.ts';

/**
 * In a private workspace's relay bar: says, while it lasts, that the key changed and this computer
 * has not got the new one yet (docs/private-workspaces.md, Grants), so the person knows why others'
 * new writing does not appear and that their own waits here.
 */
export function NewestKeyMissing({ sync }: { sync: WorkspaceSync }) {
  const t = useT();
  const missing = useSubscription(
    (onChange) => sync.subscribe((event) => event.kind === 'newest-key-missing' && onChange()),
    () => sync.newestKeyMissing,
    [sync],
  );
  if (!missing) return null;
  return (
    <p role="status" className="field-error">
      {t('private.newestKeyMissing')}
    </p>
  );
}
