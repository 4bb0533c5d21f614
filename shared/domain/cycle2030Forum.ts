import type { Milestone } from './milestone.ts';
import { ideasForAction } from './ideasForAction.ts';
import { SOURCES } from './sources.ts';
import { milestoneFactory } from './milestoneFactory.ts';
import { accreditationSteps } from './checklistSteps.ts';

const C = 'imrf-2030';
const m = milestoneFactory(C);

/** Why every date of the 2030 cycle is shown as projected. */
export const PROJECTED_NOTE =
  'Projected from A/RES/73/195 (a forum every four years, regional reviews between forums) and A/RES/73/326 (the format of each forum); a placeholder until the date is announced.';

const projected = { precision: 'approximate', confidence: 'projected', unconfirmedNote: PROJECTED_NOTE } as const;
const SRC = [SOURCES.gcmReview, SOURCES.modalities];
const pd = ideasForAction('progressDeclaration');

/** The negotiation of the 2030 Progress Declaration, accreditation, the hearing and the forum: all projected. */
export const FORUM_2030: readonly Milestone[] = [
  m({
    ...projected,
    id: `${C}.accreditation`,
    title: 'Special accreditation for stakeholders closes',
    kind: 'deadline',
    date: { start: '2030-01-16' },
    description: 'Request special accreditation and register for the hearing and the forum before this closes.',
    sources: [SOURCES.csActionCommittee, SOURCES.modalities],
    checklist: accreditationSteps(true),
  }),
  m({
    ...projected,
    id: `${C}.co-facilitators`,
    title: 'Co-facilitators appointed for the Progress Declaration',
    kind: 'negotiation',
    date: { start: '2030-03-07' },
    description: 'At least two months before the forum. Have your key messages ready before the negotiation starts.',
    sources: [SOURCES.qunoBriefing, ...SRC],
    checklist: pd.filter((i) => i.id === 'pd-key-messages'),
  }),
  m({
    ...projected,
    id: `${C}.zero-draft`,
    title: 'Zero draft of the Progress Declaration',
    kind: 'negotiation',
    date: { start: '2030-03-07', end: '2030-03-31' },
    description: "The co-facilitators' first draft: compare it with your key messages and propose amendments.",
    sources: SRC,
  }),
  m({
    ...projected,
    id: `${C}.consultations`,
    title: 'Informal consultations on the draft Declaration',
    kind: 'negotiation',
    date: { start: '2030-03-07', end: '2030-05-01' },
    description: 'Member States negotiate the text in New York; missions and capitals can still take up your messages.',
    sources: SRC,
    checklist: pd.filter((i) => i.id === 'pd-promote'),
  }),
  m({
    ...projected,
    id: `${C}.final-draft`,
    title: 'Final draft of the Progress Declaration',
    kind: 'negotiation',
    date: { start: '2030-05-02' },
    description: 'The text put to the forum for adoption.',
    sources: SRC,
  }),
  m({
    ...projected,
    id: `${C}.hearing`,
    title: 'Multi-stakeholder hearing',
    kind: 'hearing',
    date: { start: '2030-05-06' },
    description: 'The day before the forum, convened by the President of the General Assembly.',
    sources: SRC,
    checklist: ideasForAction('hearing').filter((i) => i.id !== 'hearing-register'),
  }),
  m({
    ...projected,
    id: `${C}.forum`,
    title: 'International Migration Review Forum 2030',
    kind: 'forum',
    date: { start: '2030-05-07', end: '2030-05-10' },
    description: 'The third forum, four years after the second (A/RES/73/195 para 49).',
    sources: SRC,
    checklist: [...ideasForAction('forum').filter((i) => i.id !== 'forum-register'), ...ideasForAction('pledging')],
  }),
  m({
    ...projected,
    id: `${C}.round-tables`,
    title: 'Four round tables',
    kind: 'round-table',
    date: { start: '2030-05-07', end: '2030-05-08' },
    description: 'The first day and the morning of the second (A/RES/73/326).',
    sources: SRC,
  }),
  m({
    ...projected,
    id: `${C}.policy-debate`,
    title: 'Policy debate',
    kind: 'debate',
    date: { start: '2030-05-08' },
    description: 'The afternoon of the second day, opening with the summaries of the round tables (A/RES/73/326).',
    sources: SRC,
  }),
  m({
    ...projected,
    id: `${C}.plenary`,
    title: 'Plenary and general debate',
    kind: 'debate',
    date: { start: '2030-05-09', end: '2030-05-10' },
    description: 'The third and fourth days (A/RES/73/326).',
    sources: SRC,
  }),
  m({
    ...projected,
    id: `${C}.declaration`,
    title: 'Progress Declaration',
    kind: 'adoption',
    date: { start: '2030-05-10' },
    description: 'Each forum ends in an intergovernmentally agreed Progress Declaration (A/RES/73/195 para 49).',
    sources: [SOURCES.gcm],
  }),
];
