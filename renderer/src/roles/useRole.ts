import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import type { Session } from '../app/session.ts';
import { useSubscription } from '../hooks/useSubscription.ts';

/** The member's role in the session's workspace, live: the relay's word once it spoke, `owner` without a relay. */
export function useRole(session: Session): Role {
  return useSubscription(
    (onChange) => session.sync?.subscribe((event) => event.kind === 'role' && onChange()) ?? (() => undefined),
    () => session.sync?.role ?? session.role,
    [session],
  );
}
