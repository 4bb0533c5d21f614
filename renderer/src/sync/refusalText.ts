import type { MessageId } from '../../../shared/i18n/messages.ts';
import {
  CLOSE_CHANGE_REFUSED,
  CLOSE_DOCUMENT_TOO_LARGE,
  CLOSE_FORBIDDEN,
  CLOSE_FRAME_TOO_LARGE,
  CLOSE_MADE_PRIVATE,
  CLOSE_MALFORMED,
  CLOSE_UNAUTHORIZED,
} from '../../../shared/protocol/closeCodes.ts';
import type { RefusalKind } from '../../../shared/protocol/refusal.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import type { DocumentStatus } from '../../../shared/model/documentMeta.ts';
import { denial } from '../../../shared/roles/permissions.ts';
import type { Translate } from '../i18n/useT.ts';
import type { Refused } from './syncStatus.ts';
import { closeMessage } from './closeReason.ts';

const BY_CODE: Record<number, [reason: MessageId, todo: MessageId]> = {
  [CLOSE_UNAUTHORIZED]: ['relay.reason.unauthorized', 'relay.todo.unauthorized'],
  [CLOSE_FORBIDDEN]: ['relay.reason.forbidden', 'relay.todo.forbidden'],
  [CLOSE_MALFORMED]: ['relay.reason.malformed', 'relay.todo.malformed'],
  [CLOSE_FRAME_TOO_LARGE]: ['relay.reason.frameTooLarge', 'relay.todo.frameTooLarge'],
  [CLOSE_DOCUMENT_TOO_LARGE]: ['relay.reason.documentTooLarge', 'relay.todo.documentTooLarge'],
  [CLOSE_MADE_PRIVATE]: ['relay.reason.madePrivate', 'relay.todo.madePrivate'],
};

/**
 * Why a change was refused, in the words the app uses for a disabled control (the same rule decided).
 * The relay judged by the role it knows; when this app still believes in a broader one, the words
 * are a commenter's.
 */
export function refusedChangeReason(
  t: Translate,
  kind: RefusalKind | null,
  role: Role,
  status?: DocumentStatus,
): string {
  if (kind === 'others') return t('relay.reason.others');
  if (kind === null || kind === 'invalid') return t('relay.reason.invalid');
  return t(denial(role, kind, status) ?? denial('commenter', kind) ?? 'relay.reason.invalid');
}

/** A refusal in plain words: what happened, and what the person can do. */
export function refusalText(t: Translate, refused: Refused, role: Role): { reason: string; todo: string } {
  if (refused.code === CLOSE_CHANGE_REFUSED || refused.code === 0)
    return { reason: refusedChangeReason(t, refused.kind, role), todo: t('relay.todo.setAside') };
  const known = BY_CODE[refused.code];
  if (known) return { reason: t(known[0]), todo: t(known[1]) };
  // Another code the protocol defines (too many connections, rate limited…): its own words.
  const defined = closeMessage(refused.code);
  if (defined) return { reason: t(defined), todo: t('relay.todo.other') };
  return { reason: t('relay.reason.other', { code: refused.code }), todo: t('relay.todo.other') };
}
