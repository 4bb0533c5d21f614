import {
  DEFAULT_SPEAKING_SLOT_SECONDS,
  DEFAULT_WORDS_PER_MINUTE,
  wordsForSeconds,
} from '../../domain/oralStatements.ts';
import type { Template } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

const WORDS = wordsForSeconds(DEFAULT_SPEAKING_SLOT_SECONDS, DEFAULT_WORDS_PER_MINUTE);

/** An oral statement for the multi-stakeholder hearing, budgeted in speaking time. */
export const hearingStatement: Template = {
  id: 'hearing-statement',
  title: 'Multi-stakeholder hearing statement',
  description: `An oral statement for the hearing the day before the forum. Budgeted at ${DEFAULT_SPEAKING_SLOT_SECONDS / 60} minutes (about ${WORDS} words at ${DEFAULT_WORDS_PER_MINUTE} words a minute); change the budget if your slot differs.`,
  kind: 'statement',
  milestoneIds: milestonesOfKind('hearing'),
  milestoneKinds: ['hearing'],
  paragraphNumbering: false,
  origin: 'builtin',
  sections: [
    {
      id: 'speaker',
      title: 'Speaker and session',
      level: 1,
      guidance:
        'Not read aloud. Speaker, organisation, and the session: progress, gaps and challenges; commitments and recommendations; or the collective summary of recommendations and pledges.',
    },
    {
      id: 'statement',
      title: 'Statement',
      level: 1,
      guidance: `Read aloud, slowly enough for interpreters (about ${DEFAULT_WORDS_PER_MINUTE} words a minute). Greeting in one line; one point you want remembered; one piece of evidence or a migrant's voice; one clear ask to States; close. Short sentences, no abbreviations.`,
      budget: { speakingSeconds: DEFAULT_SPEAKING_SLOT_SECONDS },
    },
  ],
};
