import type { Milestone } from './milestone.ts';
import { ideasForAction } from './ideasForAction.ts';
import { SOURCES } from './sources.ts';
import { milestoneFactory } from './milestoneFactory.ts';
import { accreditationSteps } from './checklistSteps.ts';

const C = 'imrf-2026';
const m = milestoneFactory(C);

const PLACEHOLDER_2022 =
  'The date is a placeholder at the same distance from the forum as in 2022; replace it with the real one.';
const ASSUMED_FORMAT =
  'Assumed from A/RES/73/326, which set this format for every forum (round tables the first day and the next morning, the policy debate that afternoon, the plenary the last two days); the 2026 programme itself is not in our sources.';
const pd = ideasForAction('progressDeclaration');

/** The negotiation of the 2026 Progress Declaration, accreditation, the hearing and the forum. */
export const FORUM_2026: readonly Milestone[] = [
  m({
    id: `${C}.accreditation`,
    title: 'Special accreditation for stakeholders closes',
    kind: 'deadline',
    date: { start: '2026-01-14' },
    precision: 'approximate',
    confidence: 'unconfirmed',
    description:
      'Last day for stakeholders without ECOSOC status or earlier GCM accreditation to request special accreditation to the hearing and the forum. Register before it closes, not on the day of the hearing.',
    unconfirmedNote: `The 2026 deadline is not in our sources. ${PLACEHOLDER_2022}`,
    sources: [SOURCES.csActionCommittee, SOURCES.modalities],
    checklist: accreditationSteps(true),
  }),
  m({
    id: `${C}.co-facilitators`,
    title: 'Co-facilitators appointed for the Progress Declaration',
    kind: 'negotiation',
    date: { start: '2026-03-05' },
    precision: 'approximate',
    confidence: 'unconfirmed',
    description:
      'Two ambassadors in New York oversee the negotiation, appointed at least two months before the forum. Have your key messages ready before the negotiation starts.',
    unconfirmedNote:
      'Who was appointed, and when, is not in our sources; the date shown is the latest the two-month rule allows.',
    sources: [SOURCES.qunoBriefing],
    checklist: pd.filter((i) => i.id === 'pd-key-messages'),
  }),
  m({
    id: `${C}.zero-draft`,
    title: 'Zero draft of the Progress Declaration',
    kind: 'negotiation',
    date: { start: '2026-03-05', end: '2026-03-31' },
    precision: 'approximate',
    confidence: 'unconfirmed',
    description: "The co-facilitators' first draft: compare it with your key messages and propose amendments.",
    unconfirmedNote: 'The date of the 2026 zero draft is not in our sources; the range is a placeholder to edit.',
    sources: [SOURCES.qunoBriefing, SOURCES.globalCitiesHub],
  }),
  m({
    id: `${C}.consultations`,
    title: 'Informal consultations on the draft Declaration',
    kind: 'negotiation',
    date: { start: '2026-03-05', end: '2026-04-30' },
    precision: 'approximate',
    confidence: 'unconfirmed',
    description: 'Member States negotiate the text in New York; missions and capitals can still take up your messages.',
    unconfirmedNote: 'The consultation dates of 2026 are not in our sources; the range is a placeholder to edit.',
    sources: [SOURCES.globalCitiesHub],
    checklist: pd.filter((i) => i.id === 'pd-promote'),
  }),
  m({
    id: `${C}.final-draft`,
    title: 'Final draft of the Progress Declaration',
    kind: 'negotiation',
    date: { start: '2026-04-30' },
    precision: 'approximate',
    confidence: 'unconfirmed',
    description: 'The text put to the forum for adoption (in 2022 it was released five days before the forum).',
    unconfirmedNote: `The release date of the 2026 final draft is not in our sources. ${PLACEHOLDER_2022}`,
    sources: [SOURCES.mayorsMechanism],
  }),
  m({
    id: `${C}.hearing`,
    title: 'Multi-stakeholder hearing',
    kind: 'hearing',
    date: { start: '2026-05-04' },
    description: 'The day before the forum; non-State stakeholders speak. Its sessions are not in our sources.',
    sources: [SOURCES.globalCitiesHub],
    checklist: ideasForAction('hearing').filter((i) => i.id !== 'hearing-register'),
  }),
  m({
    id: `${C}.forum`,
    title: 'International Migration Review Forum 2026',
    kind: 'forum',
    date: { start: '2026-05-05', end: '2026-05-08' },
    description: 'New York. Four round tables covering all 23 objectives, plus policy debates.',
    sources: [SOURCES.globalCitiesHub],
    checklist: [...ideasForAction('forum').filter((i) => i.id !== 'forum-register'), ...ideasForAction('pledging')],
  }),
  m({
    id: `${C}.round-tables`,
    title: 'Four round tables',
    kind: 'round-table',
    date: { start: '2026-05-05', end: '2026-05-06' },
    precision: 'approximate',
    confidence: 'unconfirmed',
    description:
      'Four round tables covering all 23 objectives, assumed to follow the clusters of A/RES/73/326 (as in 2022).',
    unconfirmedNote: `The 2026 clusters and dates are assumed, not confirmed. ${ASSUMED_FORMAT}`,
    sources: [SOURCES.globalCitiesHub, SOURCES.modalities],
  }),
  m({
    id: `${C}.policy-debate`,
    title: 'Policy debate',
    kind: 'debate',
    date: { start: '2026-05-06' },
    precision: 'approximate',
    confidence: 'unconfirmed',
    description: 'Policy debates on the forum programme.',
    unconfirmedNote: ASSUMED_FORMAT,
    sources: [SOURCES.globalCitiesHub, SOURCES.modalities],
  }),
  m({
    id: `${C}.plenary`,
    title: 'Plenary and general debate',
    kind: 'debate',
    date: { start: '2026-05-07', end: '2026-05-08' },
    precision: 'approximate',
    confidence: 'unconfirmed',
    description: 'States present their progress and pledges; the forum ends with the Progress Declaration.',
    unconfirmedNote: ASSUMED_FORMAT,
    sources: [SOURCES.globalCitiesHub, SOURCES.modalities],
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
  }),
];
