import { DIALOGUE_THEMES, THEME_OBJECTIVES_NOTE } from '../../domain/dialogueThemes.ts';
import type { DialogueTheme } from '../../domain/dialogueThemes.ts';
import type { Template } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

const BRIEF_WORDS = 1500;

function policyBrief(theme: DialogueTheme): Template {
  const tags = (theme.objectives ?? []).map((n) => `O${n}`);
  return {
    id: `policy-brief-${theme.id.replace(/^dialogue-/, '')}`,
    title: `Thematic policy brief: ${theme.title}`,
    description: `About ${BRIEF_WORDS.toLocaleString('en')} words of analysis and recommendations on one of the gaps and emerging challenges of the dialogue series: ${theme.title}. For consultations and the negotiation of the Progress Declaration.`,
    kind: 'policy-brief',
    milestoneIds: milestonesOfKind('consultation', 'negotiation'),
    milestoneKinds: ['consultation', 'negotiation'],
    paragraphNumbering: false,
    origin: 'builtin',
    documentBudget: { words: BRIEF_WORDS },
    unconfirmedNote: THEME_OBJECTIVES_NOTE,
    sections: [
      {
        id: 'key-messages',
        title: 'Key messages',
        level: 1,
        guidance: 'Three to five messages a busy diplomat reads first.',
        budget: { words: 150 },
      },
      {
        id: 'issue',
        title: 'The issue',
        level: 1,
        guidance: 'What is happening, to whom and where; why it matters for the Compact now.',
        budget: { words: 300 },
      },
      {
        id: 'evidence',
        title: 'Evidence',
        level: 1,
        guidance: 'Data and cases with their sources (footnotes); cite UN documents by symbol and paragraph.',
        tags,
        budget: { words: 400 },
      },
      {
        id: 'commitments',
        title: 'What the Compact commits States to',
        level: 1,
        guidance:
          'The commitments under the objectives tagged here (A/RES/73/195, cited by paragraph), and what the last Progress Declaration said on this theme.',
        tags,
        budget: { words: 250 },
      },
      {
        id: 'recommendations',
        title: 'Recommendations',
        level: 1,
        guidance: 'Numbered, addressed to named actors, concrete and time-bound.',
        budget: { words: 350 },
      },
      {
        id: 'authors',
        title: 'About the authors',
        level: 1,
        guidance: 'Who wrote this and how to reach them.',
        budget: { words: 50 },
      },
    ],
  };
}

/** One policy brief per emerging theme of the dialogue series (the clusters have background notes). */
export const policyBriefs: readonly Template[] = DIALOGUE_THEMES.filter((t) => t.kind === 'emerging').map(policyBrief);
