import { DEFAULT_SPEAKING_SLOT_SECONDS, DEFAULT_WORDS_PER_MINUTE } from '../../domain/oralStatements.ts';
import type { MilestoneKind } from '../../domain/milestone.ts';
import type { Template } from '../template.ts';
import { milestonesNamed } from './milestoneRefs.ts';

/** Where a statement is read, and what its writer needs to know about that room. */
interface Venue {
  id: string;
  title: string;
  description: string;
  milestones: string[];
  kinds: MilestoneKind[];
  context: string;
}

const VENUES: readonly Venue[] = [
  {
    id: 'oral-statement-round-table',
    title: 'Oral statement: round table',
    description:
      'An intervention in one of the four multi-stakeholder round tables, on the objectives of its cluster. Space is reserved for stakeholders in each round table, but only selected speakers are called.',
    milestones: ['round-tables'],
    kinds: ['round-table'],
    context:
      'Not read aloud. Speaker, organisation, the round table (its number and its cluster of objectives) and the length of your slot. Tag this section with the objectives you speak to.',
  },
  {
    id: 'oral-statement-policy-debate',
    title: 'Oral statement: policy debate',
    description:
      'An intervention in the policy debate, which opens with the technical summaries of the round tables. Space is reserved for stakeholders, but only selected speakers are called.',
    milestones: ['policy-debate'],
    kinds: ['debate'],
    context:
      'Not read aloud. Speaker, organisation and the length of your slot. Link your point to what the round-table summaries said, or failed to say.',
  },
  {
    id: 'oral-statement-plenary',
    title: 'Oral statement: plenary',
    description:
      "A statement in the plenary and general debate, where States present progress and pledges. Its opening hears one representative of the migrant community and one of civil society, who presents the hearing's summary (A/RES/73/326).",
    milestones: ['plenary'],
    kinds: ['debate'],
    context:
      'Not read aloud. Speaker, organisation, the segment you speak in and the length of your slot. If you speak for the migrant community or for civil society at the opening, say whom you were chosen to represent.',
  },
];

const SLOT_NOTE =
  'No published speaking limit for stakeholders in the round tables, the policy debate or the plenary was found: the 2-minute budget is a default to change to your slot.';

function statement(venue: Venue): Template {
  return {
    id: venue.id,
    title: venue.title,
    description: `${venue.description} Budgeted at 2 minutes: about 200-260 words read at 100-130 words a minute.`,
    kind: 'statement',
    milestoneIds: milestonesNamed(...venue.milestones),
    milestoneKinds: venue.kinds,
    paragraphNumbering: false,
    origin: 'builtin',
    unconfirmedNote: SLOT_NOTE,
    sections: [
      { id: 'speaker', title: 'Speaker and slot', level: 1, guidance: venue.context },
      {
        id: 'statement',
        title: 'Statement',
        level: 1,
        guidance: `Read aloud, slowly enough for interpreters (about ${DEFAULT_WORDS_PER_MINUTE} words a minute). Address the chair; one point you want remembered; one piece of evidence or a migrant's voice; one clear ask to States, tied to an objective; close. Short sentences, no abbreviations. A 2-minute slot holds 200-260 words, a 3-minute one 300-390: set the budget to your slot.`,
        budget: { speakingSeconds: DEFAULT_SPEAKING_SLOT_SECONDS },
      },
    ],
  };
}

/** Oral statements for the forum itself: a round table, the policy debate, the plenary. */
export const oralStatements: readonly Template[] = VENUES.map(statement);
