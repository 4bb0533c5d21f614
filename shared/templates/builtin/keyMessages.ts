import type { Template, TemplateSection } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

const message = (n: number): TemplateSection => ({
  id: `message-${n}`,
  title: `Message ${n}`,
  level: 2,
  guidance:
    'The message in one or two sentences, phrased as text you want in the Progress Declaration. Tag it with the objectives it serves. Then one line: "Rationale: ..." with the evidence or reason.',
  budget: { words: 80 },
});

/** Short numbered messages for the Progress Declaration negotiation, each with objectives and a rationale. */
export const keyMessages: Template = {
  id: 'key-messages',
  title: 'Progress Declaration key messages',
  description:
    'Short, numbered messages for governments negotiating the Progress Declaration, each tagged with the objectives it serves and carrying a one-line rationale.',
  kind: 'key-messages',
  // Due before the negotiation starts, not on the day of adoption.
  milestoneIds: milestonesOfKind('negotiation'),
  milestoneKinds: ['negotiation'],
  paragraphNumbering: false,
  origin: 'builtin',
  documentBudget: { words: 800 },
  sections: [
    {
      id: 'about',
      title: 'About these messages',
      level: 1,
      guidance:
        'Who endorses them, and for which negotiation and audience (capitals, missions in New York, co-facilitators).',
      budget: { words: 100 },
    },
    {
      id: 'messages',
      title: 'Key messages',
      level: 1,
      guidance:
        'Five to seven messages at most; the first is the one that matters most. Add or delete messages as needed.',
      children: [1, 2, 3, 4, 5].map(message),
    },
    {
      id: 'follow-up',
      title: 'Follow-up of the previous Progress Declaration',
      level: 1,
      guidance:
        "Which commitments of the last Declaration remain unmet, and the indicators you propose for following them up (building on the voluntary indicator framework proposed in the Secretary-General's December 2024 report).",
      budget: { words: 150 },
    },
    {
      id: 'contacts',
      title: 'Contacts',
      level: 1,
      guidance: 'Who to contact for each message, with e-mail.',
      budget: { words: 60 },
    },
  ],
};
