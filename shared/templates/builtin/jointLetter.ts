import type { Template } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

/** A joint letter or sign-on statement: the organisations that endorse it are listed at its end on export. */
export const jointLetter: Template = {
  id: 'joint-letter',
  title: 'Joint letter or sign-on statement',
  description:
    'A letter or statement other organisations sign on to. Invite them in the sign-on panel; those that endorse are listed as signatories at the end of the exported letter.',
  kind: 'letter',
  milestoneIds: milestonesOfKind('negotiation', 'forum', 'follow-up'),
  milestoneKinds: ['negotiation', 'forum', 'follow-up'],
  paragraphNumbering: false,
  origin: 'builtin',
  signatoriesAt: 'end',
  documentBudget: { words: 800 },
  sections: [
    {
      id: 'addressee',
      title: 'Addressee and date',
      level: 1,
      guidance:
        'Who the letter is to (a minister, the co-facilitators, the President of the General Assembly), with title and address, and the date.',
      budget: { words: 60 },
    },
    {
      id: 'opening',
      title: 'Why we write',
      level: 1,
      guidance:
        'Who is writing (the coalition, how many organisations, from which countries) and why now: the step of the process this letter serves.',
      budget: { words: 120 },
    },
    {
      id: 'concerns',
      title: 'Our concerns',
      level: 1,
      guidance:
        'The facts behind the letter, each with its source; cite UN documents by symbol and paragraph. Tag passages with the objectives they concern.',
      budget: { words: 300 },
    },
    {
      id: 'asks',
      title: 'What we ask',
      level: 1,
      guidance:
        'Numbered, concrete asks addressed to the recipient, each tied to an objective of the Compact or a commitment of the Progress Declaration.',
      budget: { words: 250 },
    },
    {
      id: 'closing',
      title: 'Closing and contact',
      level: 1,
      guidance:
        'A closing line and one contact person with e-mail. Do not type the signatories here: the organisations that endorse in the sign-on panel are listed at the end on export.',
      budget: { words: 70 },
    },
  ],
};
