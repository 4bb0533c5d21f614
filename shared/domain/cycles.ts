import type { Cycle, Milestone } from './milestone.ts';
import { CYCLE_2022, MILESTONES_2022 } from './cycle2022.ts';
import { CYCLE_2026, MILESTONES_2026 } from './cycle2026.ts';
import { CYCLE_2030, MILESTONES_2030 } from './cycle2030.ts';

/** A cycle with its milestones: the unit the roadmap seeds from. */
export interface CycleDefaults {
  readonly cycle: Cycle;
  readonly milestones: readonly Milestone[];
}

/**
 * The cycles Concord ships: two past ones and the projected 2026-2030 cycle. A coalition edits the
 * projected dates in its workspace as they are announced, and adds later cycles there.
 */
export const DEFAULT_CYCLES: readonly CycleDefaults[] = [
  { cycle: CYCLE_2022, milestones: MILESTONES_2022 },
  { cycle: CYCLE_2026, milestones: MILESTONES_2026 },
  { cycle: CYCLE_2030, milestones: MILESTONES_2030 },
];

/** Every default milestone, in date order. */
export const DEFAULT_MILESTONES: readonly Milestone[] = DEFAULT_CYCLES.flatMap((c) => c.milestones).sort(
  (a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id),
);

/** A default milestone by id. */
export function defaultMilestone(id: string): Milestone | undefined {
  return DEFAULT_MILESTONES.find((m) => m.id === id);
}
