import type { IdentityStore } from './IdentityStore.ts';
import type { Identity } from './identity.ts';
import { useSubscription } from '../hooks/useSubscription.ts';

/** The person's identity now, re-rendering when they change their name or organisation. */
export function useIdentity(store: IdentityStore): Identity {
  return useSubscription(
    (onChange) => store.subscribe(onChange),
    () => store.current,
    [store],
  );
}
