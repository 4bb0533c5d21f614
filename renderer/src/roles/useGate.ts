import { useCallback } from 'react';
import type { Action } from '../../../shared/roles/actions.ts';
import type { DocumentStatus } from '../../../shared/model/documentMeta.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import { denial } from '../../../shared/roles/permissions.ts';
import { useT } from '../i18n/useT.ts';

/** Whether a control may be used, and if not, why (for its title and for a notice). */
export interface Gate {
  allowed: boolean;
  /** Says what the person can do instead and whom to ask; undefined when allowed. */
  reason: string | undefined;
}

/**
 * Gates controls by the role rule the relay applies too (shared/roles/permissions.ts): `gate(action,
 * status)` says whether `role` may do it (to a document in `status`) and, if not, why in words.
 */
export function useGate(role: Role): (action: Action, status?: DocumentStatus) => Gate {
  const t = useT();
  return useCallback(
    (action, status) => {
      const why = denial(role, action, status);
      return why === null ? { allowed: true, reason: undefined } : { allowed: false, reason: t(why) };
    },
    [role, t],
  );
}
