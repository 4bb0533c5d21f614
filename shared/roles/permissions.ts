// The one rule of who may do what. The app asks it before it offers a control or lets an editor
// command through, and the commenter check asks it before an update is applied
// (shared/review/commenterCheck/: on the relay, and on every client of a private workspace), so
// none can allow what another would refuse.
import type { MessageId } from '../i18n/messages.ts';
import { isLocked, type DocumentStatus } from '../model/documentMeta.ts';
import type { Role } from '../protocol/tokenPayload.ts';
import { ACTIONS, type Action } from './actions.ts';

const ALL: ReadonlySet<Action> = new Set(ACTIONS);

/** What each role may do at all (before the document's status is taken into account). */
const GRANTS: Record<Role, ReadonlySet<Action>> = {
  owner: ALL,
  editor: new Set(ACTIONS.filter((a) => a !== 'share')),
  commenter: new Set<Action>(['suggest', 'comment']),
  viewer: new Set<Action>(),
};

/** What a final or submitted document refuses to everyone until an editor reopens it. */
const LOCKED_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'edit-text',
  'suggest',
  'comment',
  'edit-title',
  'edit-settings',
]);

/** Why a commenter may not do something: what they can do, and whom to ask. */
const COMMENTER_DENIALS: Record<Action, MessageId> = {
  'edit-text': 'role.denied.commenter.editText',
  suggest: 'role.denied.commenter.editText',
  comment: 'role.denied.commenter.editText',
  'edit-title': 'role.denied.commenter.editTitle',
  'edit-settings': 'role.denied.commenter.editSettings',
  'change-status': 'role.denied.commenter.changeStatus',
  'save-version': 'role.denied.commenter.saveVersion',
  'record-sign-on': 'role.denied.commenter.recordSignOn',
  'edit-library': 'role.denied.commenter.editLibrary',
  share: 'role.denied.share',
};

/**
 * Why `role` may not do `action` (to a document in `status`, when given), as a message id whose
 * English says what the person can do and whom to ask; null when they may.
 */
export function denial(role: Role, action: Action, status?: DocumentStatus): MessageId | null {
  if (!GRANTS[role].has(action)) {
    if (action === 'share') return 'role.denied.share';
    if (role === 'viewer') return 'role.denied.viewer';
    return COMMENTER_DENIALS[action];
  }
  if (status !== undefined && isLocked(status) && LOCKED_ACTIONS.has(action))
    return status === 'final' ? 'role.locked.final' : 'role.locked.submitted';
  return null;
}

/** Whether `role` may do `action` (to a document in `status`, when given). */
export function may(role: Role, action: Action, status?: DocumentStatus): boolean {
  return denial(role, action, status) === null;
}

/** Whether a role writes anything at all to documents (viewers only read and export). */
export function writes(role: Role): boolean {
  return GRANTS[role].size > 0;
}
