import { useEffect } from 'react';
import type { Session } from '../app/session.ts';
import { useNotice } from '../app/Notices.tsx';
import { useT } from '../i18n/useT.ts';
import { denial } from '../../../shared/roles/permissions.ts';

/**
 * Tells the person, once, when the relay declined their changes to the library (a role that may not
 * make them, e.g. changed while they were offline): not shared, and why.
 */
export function useLibraryDeclined(session: Session): void {
  const notify = useNotice();
  const t = useT();
  useEffect(
    () =>
      session.sync?.subscribe((event) => {
        if (event.kind !== 'library-declined') return;
        const why = denial(session.sync?.role ?? 'viewer', 'edit-library') ?? 'role.denied.viewer';
        notify({ kind: 'error', text: t('relay.libraryDeclined', { reason: t(why) }) });
      }),
    [session, notify, t],
  );
}
