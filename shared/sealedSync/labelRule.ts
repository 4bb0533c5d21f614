import type { Role } from '../protocol/tokenPayload.ts';
import type { Refusal } from '../protocol/refusal.ts';
import type { LogEntry } from './logReplica.ts';

/**
 * What the log does with an update the relay labelled `role` in `room`: owners' and editors' apply;
 * commenters' are checked in documents (in the workspace index, `<ws>` without a document, they are
 * skipped, as the relay refuses them); viewers never write, so a viewer's label is a relay's fault:
 * skipped. `decided` hears a checked record's verdict.
 */
export function logEntry(
  room: string,
  payload: Uint8Array,
  role: Role,
  member: string,
  decided: (refusal: Refusal | null) => void,
): LogEntry {
  if (role === 'owner' || role === 'editor') return { kind: 'apply', payload };
  if (role !== 'commenter' || !room.includes('/')) return { kind: 'skip' };
  return { kind: 'check', payload, member, decided };
}
