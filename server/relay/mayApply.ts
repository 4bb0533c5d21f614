import type * as Y from 'yjs';
import type { Role } from '../../shared/protocol/tokenPayload.ts';

/**
 * Whether an update received from a connection with `role` may be applied to `doc` (and so stored
 * and forwarded). Today only editors write; viewers and commenters read. The review issue will let a
 * commenter through when the update touches only comment and suggestion types, which this function
 * can find out with Y.decodeUpdate(update).structs (each struct's parent) against `doc`.
 */
export function mayApply(role: Role, _update: Uint8Array, _doc: Y.Doc): boolean {
  return role === 'editor';
}
