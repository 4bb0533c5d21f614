import type { Role } from '../../shared/protocol/tokenPayload.ts';
import type { ReviewGate } from './review/reviewGate.ts';

/** What happens to an update: applied, silently dropped (viewers), or refused with a reason (commenters). */
export type Verdict = { kind: 'apply' } | { kind: 'drop' } | { kind: 'refuse'; reason: string };

/**
 * Whether an update from a connection with `role` may be applied (and so stored and forwarded).
 * Editors write anything, at no extra cost. Viewers write nothing: their updates are dropped. A
 * commenter's update to a document is checked by the room's ReviewGate from what it touches
 * (docs/relay.md, Roles): comments, suggestion details and suggestions in the body pass; anything else
 * refuses the whole update.
 */
export function mayApply(role: Role, update: Uint8Array, room: { name: string; review: ReviewGate }): Verdict {
  if (role === 'editor') return { kind: 'apply' };
  // A workspace index (room `<ws>`, no document): the library's titles and word counts, which a
  // commenter's app updates after every change it makes. Not theirs to share: dropped, as a viewer's.
  if (role !== 'commenter' || !room.name.includes('/')) return { kind: 'drop' };
  const refusal = room.review.check(update);
  return refusal === null ? { kind: 'apply' } : { kind: 'refuse', reason: `commenter update refused: ${refusal}` };
}
