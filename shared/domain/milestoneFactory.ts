import type { Milestone } from './milestone.ts';

/** A milestone as written in a cycle's data file: precision, confidence and checklist have defaults. */
export type MilestoneDraft = Omit<Milestone, 'cycleId' | 'precision' | 'confidence' | 'checklist'> & Partial<Milestone>;

/** Builds the milestones of one cycle: a known day, confirmed, no checklist unless the draft says otherwise. */
export function milestoneFactory(cycleId: string): (draft: MilestoneDraft) => Milestone {
  return (draft) => ({ cycleId, precision: 'day', confidence: 'confirmed', checklist: [], ...draft });
}
