import type { Template } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

/** An opinion piece or blog post responding to the report or the forum. */
export const opEd: Template = {
  id: 'op-ed',
  title: 'Op-ed or blog post',
  description:
    "An editorial or blog post responding to the Secretary-General's report or the forum and sharing your priorities.",
  kind: 'op-ed',
  milestoneIds: milestonesOfKind('report', 'forum'),
  milestoneKinds: ['report', 'forum'],
  paragraphNumbering: false,
  origin: 'builtin',
  documentBudget: { words: 800 },
  sections: [
    {
      id: 'headline',
      title: 'Headline and standfirst',
      level: 1,
      guidance: 'A headline under 12 words and one sentence that says what the piece argues.',
      budget: { words: 40 },
    },
    {
      id: 'hook',
      title: 'Opening',
      level: 1,
      guidance: 'A person, a number or an event that makes the reader care.',
      budget: { words: 120 },
    },
    {
      id: 'argument',
      title: 'Argument',
      level: 1,
      guidance: 'Your point in plain words; what the Compact promised and what is happening.',
      budget: { words: 300 },
    },
    {
      id: 'evidence',
      title: 'Evidence',
      level: 1,
      guidance: 'Two or three facts with their sources (linked).',
      budget: { words: 200 },
    },
    {
      id: 'ask',
      title: 'What must happen',
      level: 1,
      guidance: 'A clear ask to a named actor, with a date.',
      budget: { words: 100 },
    },
    { id: 'bio', title: 'About the author', level: 1, guidance: 'One or two lines.', budget: { words: 40 } },
  ],
};
