import type { Cycle, Milestone } from './milestone.ts';
import { ideasForAction } from './ideasForAction.ts';
import { SOURCES } from './sources.ts';
import { milestoneFactory } from './milestoneFactory.ts';
import { regionalChecklist } from './regionalReviews.ts';
import { accreditationSteps } from './checklistSteps.ts';
import { hearingProgramme } from './hearingSessions.ts';

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

const m = milestoneFactory(C);
const sessions = hearingProgramme(C)?.sessions.join('; ') ?? '';

/** Milestones of the 2020-2022 cycle, in date order. */
export const MILESTONES_2022: readonly Milestone[] = [
  m({
    id: `${C}.review-arab`,
    region: 'arab',
    title: 'Arab region review',
    kind: 'regional-review',
    date: { start: '2020-06-25', end: '2021-02-25' },
    description: 'Regional review of GCM implementation in the Arab States, run as a process over several months.',
    sources: [SOURCES.escwa],
    checklist: regionalChecklist('arab'),
  }),
  m({
    id: `${C}.review-unece`,
    region: 'unece',
    title: 'UNECE regional review (Europe and North America)',
    kind: 'regional-review',
    date: { start: '2020-11-12', end: '2020-11-13' },
    description: 'Stakeholder consultation on 9 November 2020; regional review on 12-13 November 2020.',
    sources: [SOURCES.unNetwork],
    checklist: regionalChecklist('unece'),
  }),
  m({
    id: `${C}.review-asia-pacific`,
    region: 'asia-pacific',
    title: 'Asia-Pacific regional review',
    kind: 'regional-review',
    date: { start: '2021-03-10', end: '2021-03-12' },
    description: 'Regional review of GCM implementation in Asia and the Pacific.',
    sources: [SOURCES.escap],
    checklist: regionalChecklist('asia-pacific'),
  }),
  m({
    id: `${C}.review-lac`,
    region: 'lac',
    title: 'Latin America and Caribbean regional review',
    kind: 'regional-review',
    date: { start: '2021-04-26', end: '2021-04-28' },
    description: 'Civil society consultation on 13-15 April 2021; regional review on 26-28 April 2021.',
    sources: [SOURCES.cepal],
    checklist: regionalChecklist('lac'),
  }),
  m({
    id: `${C}.review-africa`,
    region: 'africa',
    title: 'Africa regional review',
    kind: 'regional-review',
    date: { start: '2021-08-31', end: '2021-09-01' },
    description: 'Stakeholder consultation on 27 August 2021; regional review on 31 August - 1 September 2021.',
    sources: [SOURCES.eca],
    checklist: regionalChecklist('africa'),
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
    checklist: accreditationSteps(false),
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
    description: `Convened by the President of the General Assembly the day before the forum. Sessions of the 2022 hearing: ${sessions}. Its summary is presented at the forum's opening.`,
    sources: [SOURCES.indico, SOURCES.csActionCommittee],
    checklist: ideasForAction('hearing'),
  }),
  m({
    id: `${C}.forum`,
    title: 'International Migration Review Forum 2022',
    kind: 'forum',
    date: { start: '2022-05-17', end: '2022-05-20' },
    description:
      'New York. Four round tables (17 May and the morning of 18 May), policy debate (afternoon of 18 May), plenary and general debate (19-20 May). Side events: one hour, outside official hours, about 20 slots.',
    sources: [SOURCES.indicoImrf2022, SOURCES.qunoBriefing],
    checklist: ideasForAction('forum', 'pledging'),
  }),
  m({
    id: `${C}.round-tables`,
    title: 'Four round tables',
    kind: 'round-table',
    date: { start: '2022-05-17', end: '2022-05-18' },
    description:
      'Four interactive multi-stakeholder round tables, one per cluster of objectives set by A/RES/73/326, on 17 May and the morning of 18 May.',
    sources: [SOURCES.indicoImrf2022, SOURCES.modalities],
  }),
  m({
    id: `${C}.policy-debate`,
    title: 'Policy debate',
    kind: 'debate',
    date: { start: '2022-05-18' },
    description: 'Afternoon of 18 May 2022; it opened with the technical summaries of the round tables.',
    sources: [SOURCES.indicoImrf2022, SOURCES.unImrf2022],
  }),
  m({
    id: `${C}.plenary`,
    title: 'Plenary and general debate',
    kind: 'debate',
    date: { start: '2022-05-19', end: '2022-05-20' },
    description: 'The forum adopted the Progress Declaration on its last day, 20 May.',
    sources: [SOURCES.indicoImrf2022],
  }),
  m({
    id: `${C}.declaration`,
    title: 'The forum adopts the Progress Declaration',
    kind: 'adoption',
    date: { start: '2022-05-20' },
    description:
      'Adopted on the last day of the forum, as each forum ends in an intergovernmentally agreed Progress Declaration (A/RES/73/195 para 49).',
    sources: [SOURCES.mayorsMechanism, SOURCES.indicoImrf2022],
  }),
  m({
    id: `${C}.adoption`,
    title: 'General Assembly endorses the Progress Declaration',
    kind: 'adoption',
    date: { start: '2022-06-07' },
    confidence: 'unconfirmed',
    description:
      'Endorsed by consensus on 7 June 2022, after the forum had adopted it on 20 May. The resolution symbol is given as A/RES/76/266.',
    unconfirmedNote:
      "The resolution symbol (A/RES/76/266) is unconfirmed: the UN's Chinese page for the Declaration carries it, but no English primary source for it was read.",
    sources: [SOURCES.quno, SOURCES.progressDeclarationZh],
  }),
];
