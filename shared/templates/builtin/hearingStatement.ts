import {
  DEFAULT_SPEAKING_SLOT_SECONDS,
  DEFAULT_WORDS_PER_MINUTE,
  wordsForSeconds,
} from '../../domain/oralStatements.ts';
import { hearingProgramme } from '../../domain/hearingSessions.ts';
import type { Template } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

const WORDS = wordsForSeconds(DEFAULT_SPEAKING_SLOT_SECONDS, DEFAULT_WORDS_PER_MINUTE);
const SESSIONS_2022 = hearingProgramme('imrf-2022')?.sessions.join('; ') ?? '';

/** An oral statement for the multi-stakeholder hearing, budgeted in speaking time. */
export const hearingStatement: Template = {
  id: 'hearing-statement',
  title: 'Multi-stakeholder hearing statement',
  description: `An oral statement for the hearing the day before the forum. Budgeted at ${DEFAULT_SPEAKING_SLOT_SECONDS / 60} minutes (about ${WORDS} words at ${DEFAULT_WORDS_PER_MINUTE} words a minute; 200-260 words across the usual 100-130); change the budget if your slot differs.`,
  kind: 'statement',
  milestoneIds: milestonesOfKind('hearing'),
  milestoneKinds: ['hearing'],
  paragraphNumbering: false,
  origin: 'builtin',
  unconfirmedNote:
    'No published speaking limit for the hearing was found: the 2-minute budget is a default to change to your slot.',
  sections: [
    {
      id: 'speaker',
      title: 'Speaker and session',
      level: 1,
      guidance: `Not read aloud. Speaker, organisation, and the session you speak in, from the programme of your hearing: each hearing sets its own (the 2022 hearing had these: ${SESSIONS_2022}).`,
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
