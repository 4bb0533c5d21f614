import type { MessageId } from '../i18n/messages.ts';
import type { Role } from '../protocol/tokenPayload.ts';

/** The catalogue's name for each role, as the Share dialog and the relay bar show it. */
export const ROLE_NAMES: Readonly<Record<Role, MessageId>> = {
  owner: 'role.owner',
  editor: 'role.editor',
  commenter: 'role.commenter',
  viewer: 'role.viewer',
};
