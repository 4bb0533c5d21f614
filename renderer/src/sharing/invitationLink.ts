import type { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import { formatBrowserLink } from '../../../shared/protocol/invite.ts';
import { addSecretToLink } from '../../../shared/sealed/inviteSecret.ts';

/**
 * The link an owner sends for a new invitation: the relay's browser link with the token; in a
 * private workspace (a `ring`) the current key travels in its fragment, which no browser sends.
 */
export function invitationLink(relayUrl: string, token: string, ring: KeyRing | null): string {
  const link = formatBrowserLink(relayUrl, token);
  return ring ? addSecretToLink(link, ring.current()) : link;
}
