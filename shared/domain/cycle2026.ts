import type { Cycle, Milestone } from './milestone.ts';
import { ideasForAction } from './ideasForAction.ts';
import { SOURCES } from './sources.ts';

const C = 'imrf-2026';

/** The second review cycle, ending with the second forum in May 2026. */
export const CYCLE_2026: Cycle = {
  id: C,
  title: 'Second review cycle (2024-2026)',
  startYear: 2024,
  endYear: 2026,
  description:
    "Regional reviews 2024-2025, the Secretary-General's report of December 2024 and the second International Migration Review Forum (New York, May 2026).",
  sources: [SOURCES.unNetwork, SOURCES.globalCitiesHub],
  confidence: 'confirmed',
};

type Draft = Omit<Milestone, 'cycleId' | 'precision' | 'confidence' | 'checklist'> & Partial<Milestone>;

function m(d: Draft): Milestone {
  return { cycleId: C, precision: 'day', confidence: 'confirmed', checklist: [], ...d };
}

const vnr = () => ideasForAction('vnr');
const MONTH_ONLY = 'Only the month is known; the dates shown span the whole month.';

/** Milestones of the 2024-2026 cycle, in date order. */
export const MILESTONES_2026: readonly Milestone[] = [
  m({
    id: `${C}.review-unece`,
    title: 'UNECE regional review (Europe and North America)',
    kind: 'regional-review',
    date: { start: '2024-03-01', end: '2024-03-31' },
    precision: 'month',
    description: `March 2024. ${MONTH_ONLY}`,
    sources: [SOURCES.unNetwork],
    checklist: vnr(),
  }),
  m({
    id: `${C}.review-arab`,
    title: 'Arab region review',
    kind: 'regional-review',
    date: { start: '2024-07-01', end: '2024-07-31' },
    precision: 'month',
    description: `July 2024. ${MONTH_ONLY}`,
    sources: [SOURCES.unNetwork],
    checklist: vnr(),
  }),
  m({
    id: `${C}.review-africa`,
    title: 'Africa regional review',
    kind: 'regional-review',
    date: { start: '2024-10-08', end: '2024-10-10' },
    description: 'Addis Ababa.',
    sources: [SOURCES.unNetwork],
    checklist: vnr(),
  }),
  m({
    id: `${C}.sg-report`,
    title: "Secretary-General's report",
    kind: 'report',
    date: { start: '2024-12-05' },
    description: 'Launched on 5 December 2024; proposes a voluntary indicator framework for reviewing implementation.',
    unconfirmedNote: 'The document symbol is unconfirmed (secondary sources give A/79/590).',
    sources: [SOURCES.unNetwork],
    checklist: ideasForAction('sgReport', 'migrationWeek'),
  }),
  m({
    id: `${C}.review-asia-pacific`,
    title: 'Asia-Pacific regional review',
    kind: 'regional-review',
    date: { start: '2025-01-01', end: '2025-03-31' },
    precision: 'approximate',
    confidence: 'unconfirmed',
    description: 'Early 2025.',
    unconfirmedNote: 'Only "early 2025" is known; the January-March range is a placeholder to edit.',
    sources: [SOURCES.unNetwork],
    checklist: vnr(),
  }),
  m({
    id: `${C}.review-lac`,
    title: 'Latin America and Caribbean regional review',
    kind: 'regional-review',
    date: { start: '2025-03-01', end: '2025-03-31' },
    precision: 'month',
    description: `March 2025. ${MONTH_ONLY}`,
    sources: [SOURCES.unNetwork],
    checklist: vnr(),
  }),
  m({
    id: `${C}.hearing`,
    title: 'Multi-stakeholder hearing',
    kind: 'hearing',
    date: { start: '2026-05-04' },
    description: 'The day before the forum; non-State stakeholders speak.',
    sources: [SOURCES.globalCitiesHub],
    checklist: ideasForAction('hearing'),
  }),
  m({
    id: `${C}.forum`,
    title: 'International Migration Review Forum 2026',
    kind: 'forum',
    date: { start: '2026-05-05', end: '2026-05-08' },
    description: 'New York. Four round tables covering all 23 objectives, plus policy debates.',
    sources: [SOURCES.globalCitiesHub],
    checklist: ideasForAction('forum', 'pledging'),
  }),
  m({
    id: `${C}.declaration`,
    title: 'Progress Declaration',
    kind: 'adoption',
    date: { start: '2026-05-08' },
    confidence: 'unconfirmed',
    description: 'Each forum ends in an intergovernmentally agreed Progress Declaration (A/RES/73/195 para 49).',
    unconfirmedNote:
      "Whether and when the 2026 Progress Declaration was adopted is unconfirmed; the date is a placeholder (the forum's last day).",
    sources: [SOURCES.gcm],
    checklist: ideasForAction('progressDeclaration'),
  }),
];
