import type { Template } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

/** Amendments to a draft Progress Declaration, as a table diplomats can read paragraph by paragraph. */
export const declarationAmendments: Template = {
  id: 'declaration-amendments',
  title: 'Amendments to a draft declaration',
  description:
    'Your proposed changes to a draft Progress Declaration (zero draft or a revision), one row per paragraph: current text, proposed text, justification and the objectives served. Exported as a table.',
  kind: 'amendments',
  milestoneIds: milestonesOfKind('negotiation'),
  milestoneKinds: ['negotiation'],
  paragraphNumbering: false,
  origin: 'builtin',
  sections: [
    {
      id: 'about',
      title: 'About these amendments',
      level: 1,
      guidance:
        'Which draft (zero draft or revision, with its date), who proposes the amendments and whom to contact. Refer to the paragraphs by the numbers of that draft.',
      budget: { words: 120 },
    },
    {
      id: 'amendments',
      title: 'Proposed amendments',
      level: 1,
      guidance:
        "One row per amendment, in the draft's paragraph order. Current text: quote it exactly. Proposed text: the whole new wording. Justification: one or two sentences, with the evidence or the agreed language you rely on (the Compact cited by paragraph). Objectives served: their numbers, such as O13. Add rows as needed.",
      table: {
        columns: ['Paragraph', 'Current text', 'Proposed text', 'Justification', 'Objectives served'],
        rows: 5,
      },
    },
    {
      id: 'general',
      title: 'General comments',
      level: 1,
      guidance: 'What is not an amendment to one paragraph: missing themes, structure, language to keep.',
      budget: { words: 200 },
    },
  ],
};
