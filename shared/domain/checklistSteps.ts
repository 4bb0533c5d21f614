import type { ChecklistDefault } from './milestone.ts';
import { SOURCES } from './sources.ts';
import { ideasForAction } from './ideasForAction.ts';

/** Steps before accreditation closes: apply, and register for the hearing and the forum (not on the day). */
export function accreditationSteps(withRegistration: boolean): ChecklistDefault[] {
  const apply: ChecklistDefault = {
    id: 'accreditation-apply',
    text: 'Apply for special accreditation for every member organisation that will take part in the hearing or the forum',
    sources: [SOURCES.csActionCommittee],
  };
  if (!withRegistration) return [apply];
  const register = [...ideasForAction('hearing'), ...ideasForAction('forum')].filter((i) => i.id.endsWith('-register'));
  return [apply, ...register];
}

/** Turning the last forum's outcome into the record a coalition works from. */
export const OUTCOME_STEPS: readonly ChecklistDefault[] = [
  {
    id: 'outcome-text',
    text: 'Find the adopted text of the Progress Declaration and record its document symbol, the date of adoption and where it is published',
    sources: [SOURCES.gcmReview],
  },
  {
    id: 'outcome-summary',
    text: 'Tell members what the Declaration commits States to, citing paragraph numbers, and which of your key messages it took up',
    sources: [SOURCES.concord],
  },
];

/** Turning the Declaration's commitments into the coalition's monitoring plan. */
export const MONITORING_STEPS: readonly ChecklistDefault[] = [
  {
    id: 'monitor-commitments',
    text: 'List the commitments of the Progress Declaration your coalition will follow, each with its paragraph number',
    sources: [SOURCES.concord],
  },
  {
    id: 'monitor-indicators',
    text: "For each commitment choose an indicator, its baseline and who gathers the evidence; use the voluntary indicators proposed in the Secretary-General's December 2024 report where they fit",
    sources: [SOURCES.unNetwork, SOURCES.concord],
  },
  {
    id: 'monitor-assign',
    text: 'Assign each commitment to a member organisation, with a date to report back to the coalition',
    sources: [SOURCES.concord],
  },
  {
    id: 'monitor-pledges',
    text: 'Record the pledges your government and your coalition made at the forum, and when each falls due',
    sources: [SOURCES.unNetworkPledges],
  },
  {
    id: 'monitor-reviews',
    text: "Decide which findings go to your region's review and which to the next forum, and ask your government how it will report on its commitments",
    sources: [SOURCES.gcmReview],
  },
];
