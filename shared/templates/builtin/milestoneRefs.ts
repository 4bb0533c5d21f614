import { DEFAULT_MILESTONES } from '../../domain/cycles.ts';
import type { MilestoneKind } from '../../domain/milestone.ts';

/** Ids of the shipped milestones of the given kinds, so built-in templates link to every cycle's. */
export function milestonesOfKind(...kinds: MilestoneKind[]): string[] {
  return DEFAULT_MILESTONES.filter((m) => kinds.includes(m.kind)).map((m) => m.id);
}

/** Ids of the shipped milestones named `<cycle>.<name>` for the given names ("plenary"), in every cycle. */
export function milestonesNamed(...names: string[]): string[] {
  return DEFAULT_MILESTONES.filter((m) => names.some((n) => m.id.endsWith(`.${n}`))).map((m) => m.id);
}
