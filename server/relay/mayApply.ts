import type { Role } from '../../shared/protocol/tokenPayload.ts';
import type { Refusal } from '../../shared/protocol/refusal.ts';
import type { ReviewGate } from '../../shared/review/commenterCheck/reviewGate.ts';

/**
 * What happens to an update: applied; declined (not applied, and the writer is told so: viewers,
 * and commenters in a workspace index); or refused as a whole with a reason (a commenter's update to
 * a document that does more than the role rule grants them).
 */
export type Verdict = { kind: 'apply' } | { kind: 'decline' } | { kind: 'refuse'; refusal: Refusal };

/**
 * Whether an update from a connection with `role` (member `member`) may be applied (and so stored
 * and forwarded). Owners and editors write anything, at no extra cost. Viewers write nothing. A
 * commenter's update to a document is checked by the room's ReviewGate with the role rule
 * (docs/relay.md, Roles); in a workspace index (the library's titles and word counts, which only
 * editors change) it is declined like a viewer's.
 */
export function mayApply(
  role: Role,
  member: string,
  update: Uint8Array,
  room: { name: string; review: ReviewGate },
): Verdict {
  if (role === 'owner' || role === 'editor') return { kind: 'apply' };
  if (role !== 'commenter' || !room.name.includes('/')) return { kind: 'decline' };
  const refusal = room.review.check(update, { role, member });
  return refusal === null ? { kind: 'apply' } : { kind: 'refuse', refusal };
}
