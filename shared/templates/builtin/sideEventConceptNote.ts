import type { Template } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

/** A concept note proposing a side event at the forum or around the hearing. */
export const sideEventConceptNote: Template = {
  id: 'side-event-concept-note',
  title: 'Side-event concept note',
  description:
    'A proposal for a side event. At the 2022 forum side events lasted one hour, outside official hours, in about 20 slots chosen for speaker level and diversity, stakeholders on the panel, regional balance and concrete outcomes.',
  kind: 'concept-note',
  milestoneIds: milestonesOfKind('forum', 'hearing'),
  milestoneKinds: ['forum', 'hearing'],
  paragraphNumbering: false,
  origin: 'builtin',
  documentBudget: { words: 1000 },
  sections: [
    {
      id: 'event-title',
      title: 'Title and format',
      level: 1,
      guidance: 'Title; in person, online or hybrid; one hour; preferred date and time.',
      budget: { words: 60 },
    },
    {
      id: 'background',
      title: 'Background',
      level: 1,
      guidance: 'Why this theme, now; tag the objectives it concerns.',
      budget: { words: 250 },
    },
    {
      id: 'objectives',
      title: 'Objectives of the event',
      level: 1,
      guidance: 'What the event should achieve, in two to four points.',
      budget: { words: 150 },
    },
    {
      id: 'speakers',
      title: 'Speakers and moderation',
      level: 1,
      guidance:
        'Speaker level and diversity (gender, region, migrants speaking for themselves); stakeholders on the panel, not only States; regional balance.',
      budget: { words: 200 },
    },
    {
      id: 'outcomes',
      title: 'Expected outcomes',
      level: 1,
      guidance: 'Concrete outcomes: a pledge, a joint statement, a follow-up meeting.',
      budget: { words: 150 },
    },
    {
      id: 'organisers',
      title: 'Organisers and co-sponsors',
      level: 1,
      guidance: 'Organisations, States and UN entities co-sponsoring; contact person.',
      budget: { words: 100 },
    },
  ],
};
