import type { Cycle, Milestone } from './milestone.ts';
import { ideasForAction } from './ideasForAction.ts';
import { SOURCES } from './sources.ts';
import { milestoneFactory } from './milestoneFactory.ts';
import { regionalChecklist } from './regionalReviews.ts';
import { FORUM_2026 } from './cycle2026Forum.ts';

const C = 'imrf-2026';

/** The second review cycle, ending with the second forum in May 2026. */
export const CYCLE_2026: Cycle = {
  id: C,
  title: 'Second review cycle (2024-2026)',
  startYear: 2024,
  endYear: 2026,
  description:
    "Regional reviews 2024-2025, the Secretary-General's report of December 2024, the negotiation of the Progress Declaration and the second International Migration Review Forum (New York, May 2026).",
  sources: [SOURCES.unNetworkReviews2024, SOURCES.globalCitiesHub],
  confidence: 'confirmed',
};

const m = milestoneFactory(C);

/** Regional reviews and the report before the forum, in date order. */
const REVIEWS_2026: readonly Milestone[] = [
  m({
    id: `${C}.review-unece`,
    region: 'unece',
    title: 'UNECE regional review (Europe and North America)',
    kind: 'regional-review',
    date: { start: '2024-03-11' },
    description:
      'Geneva (Palais des Nations): a stakeholder hearing in the morning, then the intergovernmental conference, back to back with the Regional Forum on Sustainable Development.',
    sources: [SOURCES.indicoUnece2024, SOURCES.unNetworkUnece2024],
    checklist: regionalChecklist('unece'),
  }),
  m({
    id: `${C}.review-arab`,
    region: 'arab',
    title: 'Arab region review',
    kind: 'regional-review',
    date: { start: '2024-07-03', end: '2024-07-04' },
    description: 'Cairo, at the headquarters of the League of Arab States.',
    sources: [SOURCES.escwa2024],
    checklist: regionalChecklist('arab'),
  }),
  m({
    id: `${C}.review-africa`,
    region: 'africa',
    title: 'Africa regional review',
    kind: 'regional-review',
    date: { start: '2024-10-08', end: '2024-10-10' },
    description: 'Addis Ababa.',
    sources: [SOURCES.unNetwork],
    checklist: regionalChecklist('africa'),
  }),
  m({
    id: `${C}.sg-report`,
    title: "Secretary-General's report",
    kind: 'report',
    date: { start: '2024-12-05' },
    confidence: 'unconfirmed',
    description: 'Launched on 5 December 2024; proposes a voluntary indicator framework for reviewing implementation.',
    unconfirmedNote: 'The document symbol is unconfirmed (secondary sources give A/79/590).',
    sources: [SOURCES.unNetwork],
    checklist: ideasForAction('sgReport', 'migrationWeek'),
  }),
  m({
    id: `${C}.review-asia-pacific`,
    region: 'asia-pacific',
    title: 'Asia-Pacific regional review',
    kind: 'regional-review',
    date: { start: '2025-02-04', end: '2025-02-06' },
    description: 'Bangkok.',
    sources: [SOURCES.escap2025, SOURCES.escap2025Opening],
    checklist: regionalChecklist('asia-pacific'),
  }),
  m({
    id: `${C}.review-lac`,
    region: 'lac',
    title: 'Latin America and Caribbean regional review',
    kind: 'regional-review',
    date: { start: '2025-03-18', end: '2025-03-20' },
    description:
      'Santiago, at ECLAC: an interactive multi-stakeholder hearing on 18 March, then the intergovernmental conference on 19-20 March.',
    sources: [SOURCES.cepal2025],
    checklist: regionalChecklist('lac'),
  }),
];

/** Milestones of the 2024-2026 cycle, in date order. */
export const MILESTONES_2026: readonly Milestone[] = [...REVIEWS_2026, ...FORUM_2026].sort(
  (a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id),
);
