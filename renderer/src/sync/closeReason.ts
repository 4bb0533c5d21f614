import type { MessageId } from '../../../shared/i18n/messages.ts';
import {
  CLOSE_CHANGE_REFUSED,
  CLOSE_DOCUMENT_TOO_LARGE,
  CLOSE_FORBIDDEN,
  CLOSE_FRAME_TOO_LARGE,
  CLOSE_MADE_PRIVATE,
  CLOSE_MALFORMED,
  CLOSE_RATE_LIMITED,
  CLOSE_RESTARTING,
  CLOSE_ROLE_CHANGED,
  CLOSE_STORAGE_FAILURE,
  CLOSE_TOO_MANY_CONNECTIONS,
  CLOSE_TOO_SLOW,
  CLOSE_UNAUTHORIZED,
} from '../../../shared/protocol/closeCodes.ts';
import type { Translate } from '../i18n/useT.ts';

/** Each close code the relay defines (shared/protocol/closeCodes.ts), worded in the catalogues. */
const MESSAGES: ReadonlyMap<number, MessageId> = new Map<number, MessageId>([
  [CLOSE_STORAGE_FAILURE, 'sync.close.storageFailure'],
  [CLOSE_RESTARTING, 'sync.close.restarting'],
  [CLOSE_MALFORMED, 'sync.close.malformed'],
  [CLOSE_UNAUTHORIZED, 'sync.close.unauthorized'],
  [CLOSE_FORBIDDEN, 'sync.close.forbidden'],
  [CLOSE_TOO_SLOW, 'sync.close.tooSlow'],
  [CLOSE_FRAME_TOO_LARGE, 'sync.close.frameTooLarge'],
  [CLOSE_DOCUMENT_TOO_LARGE, 'sync.close.documentTooLarge'],
  [CLOSE_RATE_LIMITED, 'sync.close.rateLimited'],
  [CLOSE_TOO_MANY_CONNECTIONS, 'sync.close.tooManyConnections'],
  [CLOSE_CHANGE_REFUSED, 'sync.close.changeRefused'],
  [CLOSE_ROLE_CHANGED, 'sync.close.roleChanged'],
  [CLOSE_MADE_PRIVATE, 'sync.close.madePrivate'],
]);

/**
 * Why the relay closed the connection, in the interface language: the meaning of its close code, or
 * for a code it does not define, the relay's own words (or "the connection was lost").
 */
export function closeReason(t: Translate, code: number, relayReason: string): string {
  const id = closeMessage(code);
  if (id) return t(id);
  return relayReason || t('sync.close.connectionLost');
}

/** The catalogue's words for a close code the relay defines; undefined for any other code. */
export function closeMessage(code: number): MessageId | undefined {
  return MESSAGES.get(code);
}
