import type { Milestone, MilestoneKind } from './milestone.ts';

/** Kinds whose date is a window you submit into: what matters is when it closes. */
const CLOSING_KINDS: readonly MilestoneKind[] = ['consultation', 'deadline'];

/**
 * The day a coalition must be ready by: the close of a consultation or deadline window, the start of
 * everything else (you bring your report to a review on its first day, not its last).
 */
export function dueDate(m: Pick<Milestone, 'kind' | 'date'>): string {
  return CLOSING_KINDS.includes(m.kind) ? (m.date.end ?? m.date.start) : m.date.start;
}

/** Today's date (YYYY-MM-DD, UTC) from a Date or an ISO string. */
export function isoDay(now: Date | string): string {
  return typeof now === 'string' ? now.slice(0, 10) : now.toISOString().slice(0, 10);
}

/** Milestones due on or after `now`, soonest first; ties by title. */
export function upcoming<M extends Pick<Milestone, 'kind' | 'date' | 'title'>>(
  milestones: readonly M[],
  now: Date | string,
): M[] {
  const today = isoDay(now);
  return milestones
    .filter((m) => dueDate(m) >= today)
    .sort((a, b) => dueDate(a).localeCompare(dueDate(b)) || a.title.localeCompare(b.title));
}

/** The next milestone due on or after `now`, with its due date; null when none is left. */
export function nextDue<M extends Pick<Milestone, 'kind' | 'date' | 'title'>>(
  milestones: readonly M[],
  now: Date | string,
): { milestone: M; due: string } | null {
  const first = upcoming(milestones, now)[0];
  return first ? { milestone: first, due: dueDate(first) } : null;
}
