import type { Template, TemplateSection } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

const point = (n: number): TemplateSection => ({
  id: `point-${n}`,
  title: `Point ${n}`,
  level: 2,
  guidance: 'One point in one or two sentences, the evidence behind it, and the objective it concerns (tag it).',
  budget: { words: 60 },
});

/** Talking points for a meeting with a State's permanent mission to the UN. */
export const missionTalkingPoints: Template = {
  id: 'mission-talking-points',
  title: 'Talking points: meeting with a permanent mission',
  description:
    "Short talking points for a meeting with a government's permanent mission, in New York or Geneva, during the negotiation or around the forum: one purpose, three points, one ask.",
  kind: 'talking-points',
  milestoneIds: milestonesOfKind('negotiation', 'forum'),
  milestoneKinds: ['negotiation', 'forum'],
  paragraphNumbering: false,
  origin: 'builtin',
  documentBudget: { words: 500 },
  sections: [
    {
      id: 'meeting',
      title: 'The meeting',
      level: 1,
      guidance:
        'For your team, not the mission. Whom you meet (name, title, mission), when, who comes for the coalition and who speaks first; what this government said at the last forum or regional review, and its pledges.',
      budget: { words: 120 },
    },
    {
      id: 'purpose',
      title: 'Our purpose',
      level: 1,
      guidance: 'One sentence: what you want the mission to do after this meeting.',
      budget: { words: 40 },
    },
    {
      id: 'points',
      title: 'Talking points',
      level: 1,
      guidance: 'Three points at most, the strongest first.',
      children: [1, 2, 3].map(point),
    },
    {
      id: 'ask',
      title: 'Our ask',
      level: 1,
      guidance:
        'The concrete ask: a paragraph of the draft Declaration to support, a pledge to make, civil society or migrants on the delegation.',
      budget: { words: 60 },
    },
    {
      id: 'follow-up',
      title: 'Leave-behind and follow-up',
      level: 1,
      guidance: 'What you hand over (key messages, amendments) and when you will follow up.',
      budget: { words: 50 },
    },
  ],
};
