import type { Cycle, Milestone } from './milestone.ts';
import { ideasForAction } from './ideasForAction.ts';
import { SOURCES } from './sources.ts';

const C = 'imrf-2022';

/** The first review cycle, ending with the first forum in May 2022. */
export const CYCLE_2022: Cycle = {
  id: C,
  title: 'First review cycle (2020-2022)',
  startYear: 2020,
  endYear: 2022,
  description:
    "Regional reviews, the dialogue series, the Secretary-General's report and the first International Migration Review Forum (New York, May 2022).",
  sources: [SOURCES.unNetwork, SOURCES.qunoBriefing],
  confidence: 'confirmed',
};

type Draft = Omit<Milestone, 'cycleId' | 'precision' | 'confidence' | 'checklist'> & Partial<Milestone>;

function m(d: Draft): Milestone {
  return { cycleId: C, precision: 'day', confidence: 'confirmed', checklist: [], ...d };
}

const vnr = () => ideasForAction('vnr');

/** Milestones of the 2020-2022 cycle, in date order. */
export const MILESTONES_2022: readonly Milestone[] = [
  m({
    id: `${C}.review-arab`,
    title: 'Arab region review',
    kind: 'regional-review',
    date: { start: '2020-06-25', end: '2021-02-25' },
    description: 'Regional review of GCM implementation in the Arab States, run as a process over several months.',
    sources: [SOURCES.escwa],
    checklist: vnr(),
  }),
  m({
    id: `${C}.review-unece`,
    title: 'UNECE regional review (Europe and North America)',
    kind: 'regional-review',
    date: { start: '2020-11-12', end: '2020-11-13' },
    description: 'Stakeholder consultation on 9 November 2020; regional review on 12-13 November 2020.',
    sources: [SOURCES.unNetwork],
    checklist: vnr(),
  }),
  m({
    id: `${C}.review-asia-pacific`,
    title: 'Asia-Pacific regional review',
    kind: 'regional-review',
    date: { start: '2021-03-10', end: '2021-03-12' },
    description: 'Regional review of GCM implementation in Asia and the Pacific.',
    sources: [SOURCES.escap],
    checklist: vnr(),
  }),
  m({
    id: `${C}.review-lac`,
    title: 'Latin America and Caribbean regional review',
    kind: 'regional-review',
    date: { start: '2021-04-26', end: '2021-04-28' },
    description: 'Civil society consultation on 13-15 April 2021; regional review on 26-28 April 2021.',
    sources: [SOURCES.cepal],
    checklist: vnr(),
  }),
  m({
    id: `${C}.review-africa`,
    title: 'Africa regional review',
    kind: 'regional-review',
    date: { start: '2021-08-31', end: '2021-09-01' },
    description: 'Stakeholder consultation on 27 August 2021; regional review on 31 August - 1 September 2021.',
    sources: [SOURCES.eca],
    checklist: vnr(),
  }),
  m({
    id: `${C}.sg-report`,
    title: "Secretary-General's report (A/76/642)",
    kind: 'report',
    date: { start: '2021-12-27' },
    description:
      "The Secretary-General's biennial report on implementation, the one due at least 12 weeks before the forum. The first report was A/75/542.",
    sources: [SOURCES.reliefweb],
    checklist: ideasForAction('sgReport'),
  }),
  m({
    id: `${C}.accreditation`,
    title: 'Special accreditation for stakeholders closes',
    kind: 'deadline',
    date: { start: '2022-01-26' },
    description: 'Last day for stakeholders to request special accreditation to the hearing and the forum.',
    sources: [SOURCES.csActionCommittee],
    checklist: [
      {
        id: 'accreditation-apply',
        text: 'Apply for special accreditation for every member organisation that will take part in the hearing or the forum',
        sources: [SOURCES.csActionCommittee],
      },
    ],
  }),
  m({
    id: `${C}.consultations`,
    title: 'Online consultations per round table close',
    kind: 'consultation',
    date: { start: '2022-01-31' },
    description:
      'The IMRF dialogue series: a webinar and an online discussion space per round-table cluster and per emerging theme, open until 31 January 2022. Background notes of about 1,000 words.',
    sources: [SOURCES.unNetworkHub, SOURCES.qunoBriefing],
    checklist: ideasForAction('dialogues'),
  }),
  m({
    id: `${C}.migration-week`,
    title: "Migration Week: launch of the Secretary-General's report",
    kind: 'report',
    date: { start: '2022-02-16' },
    description: "A week of events built around the launch of the Secretary-General's report.",
    sources: [SOURCES.pdd, SOURCES.qunoBriefing],
    checklist: ideasForAction('migrationWeek'),
  }),
  m({
    id: `${C}.declaration-text`,
    title: 'Final Progress Declaration text',
    kind: 'negotiation',
    date: { start: '2022-05-12' },
    description:
      'Final text of the Progress Declaration, negotiated under two co-facilitators (Bangladesh and Luxembourg), appointed at least two months before the forum.',
    sources: [SOURCES.mayorsMechanism, SOURCES.qunoBriefing],
    checklist: ideasForAction('progressDeclaration'),
  }),
  m({
    id: `${C}.hearing`,
    title: 'Multi-stakeholder hearing',
    kind: 'hearing',
    date: { start: '2022-05-16' },
    description:
      "Convened by the President of the General Assembly the day before the forum. Sessions: progress, gaps and challenges; commitments and recommendations; collective summary of recommendations and pledges. Its summary is presented at the forum's opening.",
    sources: [SOURCES.indico, SOURCES.csActionCommittee],
    checklist: ideasForAction('hearing'),
  }),
  m({
    id: `${C}.forum`,
    title: 'International Migration Review Forum 2022',
    kind: 'forum',
    date: { start: '2022-05-17', end: '2022-05-20' },
    description:
      'New York. Four round tables (17 May - 18 May morning), policy debate (18 May afternoon), plenary and general debate (19-20 May). Side events: one hour, outside official hours, about 20 slots.',
    sources: [SOURCES.indico, SOURCES.qunoBriefing],
    checklist: ideasForAction('forum', 'pledging'),
  }),
  m({
    id: `${C}.round-tables`,
    title: 'Four round tables',
    kind: 'round-table',
    date: { start: '2022-05-17', end: '2022-05-18' },
    description: 'Four multi-stakeholder round tables, one per cluster of objectives; 18 May morning only.',
    sources: [SOURCES.indico],
  }),
  m({
    id: `${C}.policy-debate`,
    title: 'Policy debate',
    kind: 'debate',
    date: { start: '2022-05-18' },
    description: 'Afternoon of 18 May 2022.',
    sources: [SOURCES.indico],
  }),
  m({
    id: `${C}.plenary`,
    title: 'Plenary and general debate',
    kind: 'debate',
    date: { start: '2022-05-19', end: '2022-05-20' },
    description: 'Ends with the Progress Declaration.',
    sources: [SOURCES.indico],
  }),
  m({
    id: `${C}.adoption`,
    title: 'General Assembly endorses the Progress Declaration',
    kind: 'adoption',
    date: { start: '2022-06-07' },
    description: 'Endorsed by consensus.',
    unconfirmedNote: 'The resolution symbol (A/RES/76/266) is unconfirmed.',
    sources: [SOURCES.quno],
  }),
];
