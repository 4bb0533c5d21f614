import type { Cycle, Milestone, RegionId } from './milestone.ts';
import { ideasForAction } from './ideasForAction.ts';
import { SOURCES } from './sources.ts';
import { milestoneFactory } from './milestoneFactory.ts';
import { regionalChecklist, regionById } from './regionalReviews.ts';
import { MONITORING_STEPS, OUTCOME_STEPS } from './checklistSteps.ts';
import { FORUM_2030, PROJECTED_NOTE } from './cycle2030Forum.ts';

const C = 'imrf-2030';

/** The third review cycle: following up the 2026 forum, then the road to the 2030 forum. Projected. */
export const CYCLE_2030: Cycle = {
  id: C,
  title: 'Third review cycle (2026-2030)',
  startYear: 2026,
  endYear: 2030,
  description:
    'Following up the 2026 forum, regional reviews in 2028-2029 and the third International Migration Review Forum in 2030. Projected from A/RES/73/195 and A/RES/73/326: every date is a placeholder until announced.',
  sources: [SOURCES.gcmReview, SOURCES.modalities],
  confidence: 'projected',
};

const m = milestoneFactory(C);

/** A projected regional review, in the month its region held its review four years earlier. */
function review(region: RegionId, start: string, end: string): Milestone {
  return m({
    id: `${C}.review-${region}`,
    region,
    title: `${regionById(region).name} regional review`,
    kind: 'regional-review',
    date: { start, end },
    precision: 'month',
    confidence: 'projected',
    description: `Projected for the month ${regionById(region).commission} held its review in the last cycle.`,
    unconfirmedNote: PROJECTED_NOTE,
    sources: [SOURCES.gcmReview],
    checklist: regionalChecklist(region),
  });
}

/** Following up the 2026 forum: entered as unconfirmed, for the coalition to complete. */
const FOLLOW_UP: readonly Milestone[] = [
  m({
    id: `${C}.outcome-2026`,
    title: 'Outcome of the 2026 forum: what was decided and committed',
    kind: 'follow-up',
    date: { start: '2026-05-08' },
    confidence: 'unconfirmed',
    description:
      'Record here the Progress Declaration of 2026 (its symbol, date and main commitments) and the pledges made at the forum.',
    unconfirmedNote:
      'We hold no verified text of the 2026 outcome: whether and when the Declaration was adopted, and what it says, is for the coalition to record.',
    sources: [SOURCES.gcmReview, SOURCES.globalCitiesHub],
    checklist: [...OUTCOME_STEPS],
  }),
  m({
    id: `${C}.monitoring-plan`,
    title: "Monitoring plan for the Declaration's commitments",
    kind: 'follow-up',
    date: { start: '2027-01-31' },
    precision: 'approximate',
    confidence: 'unconfirmed',
    description:
      "Turn the Declaration's commitments into the coalition's monitoring plan: indicators, evidence, who follows what, and what goes to the regional reviews.",
    unconfirmedNote: 'Not an official date: a target for your coalition to set.',
    sources: [SOURCES.concord],
    checklist: [...MONITORING_STEPS],
  }),
];

/** Milestones of the 2026-2030 cycle, in date order. */
export const MILESTONES_2030: readonly Milestone[] = [
  ...FOLLOW_UP,
  review('unece', '2028-03-01', '2028-03-31'),
  review('arab', '2028-07-01', '2028-07-31'),
  review('africa', '2028-10-01', '2028-10-31'),
  m({
    id: `${C}.sg-report`,
    title: "Secretary-General's report",
    kind: 'report',
    date: { start: '2028-12-01', end: '2028-12-31' },
    precision: 'month',
    confidence: 'projected',
    description:
      'The biennial report on implementation; the one before a forum is due at least 12 weeks before it. Projected for the month of the last one.',
    unconfirmedNote: PROJECTED_NOTE,
    sources: [SOURCES.gcm],
    checklist: ideasForAction('sgReport', 'migrationWeek'),
  }),
  review('asia-pacific', '2029-02-01', '2029-02-28'),
  review('lac', '2029-03-01', '2029-03-31'),
  ...FORUM_2030,
].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
