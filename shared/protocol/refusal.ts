import { ACTIONS, type Action } from '../roles/actions.ts';

/**
 * Why the relay refused a member's change: the action the role rule did not grant (its message says
 * what the person can do instead), `others` (it touched another member's comments, suggestion
 * details or name), or `invalid` (content the editors' apps could not read, or a change that
 * depends on changes the relay never accepted).
 */
export type RefusalKind = Action | 'others' | 'invalid';

const PREFIX = 'change refused: ';
const KINDS: ReadonlySet<string> = new Set<string>([...ACTIONS, 'others', 'invalid']);

/** A refusal the relay sends as the close reason with CLOSE_CHANGE_REFUSED, and logs. */
export interface Refusal {
  kind: RefusalKind;
  /** What the change touched, in the relay's words (for its log; the app says it in its own words). */
  detail: string;
}

/** The close reason for a refusal: `change refused: <kind>: <detail>` (cut to fit a close frame by the sender). */
export function formatRefusal(refusal: Refusal): string {
  return `${PREFIX}${refusal.kind}: ${refusal.detail}`;
}

/** The kind of refusal a close reason names; null when it is not one (an older relay's wording). */
export function parseRefusal(reason: string): RefusalKind | null {
  if (!reason.startsWith(PREFIX)) return null;
  const kind = reason.slice(PREFIX.length).split(':', 1)[0] ?? '';
  return KINDS.has(kind) ? (kind as RefusalKind) : null;
}
