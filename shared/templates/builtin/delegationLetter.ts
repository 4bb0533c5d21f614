import type { Template } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

/** A letter asking a government to include civil society or migrants in its delegation. */
export const delegationLetter: Template = {
  id: 'delegation-inclusion-letter',
  title: 'Letter: include civil society and migrants in the delegation',
  description:
    'A letter asking your government to include civil society, and migrants themselves, in its delegation to the forum or a regional review, as the briefing urges. Send it well before accreditation closes.',
  kind: 'letter',
  milestoneIds: milestonesOfKind('deadline', 'regional-review'),
  milestoneKinds: ['deadline', 'regional-review'],
  paragraphNumbering: false,
  origin: 'builtin',
  signatoriesAt: 'end',
  documentBudget: { words: 500 },
  sections: [
    {
      id: 'addressee',
      title: 'Addressee and date',
      level: 1,
      guidance:
        "The minister or ministry that leads your country's delegation (foreign affairs, interior or labour), with a copy to the permanent mission; the date.",
      budget: { words: 60 },
    },
    {
      id: 'request',
      title: 'Our request',
      level: 1,
      guidance:
        'Ask that the delegation to the forum (or the regional review) include representatives of civil society and of migrants themselves, named by their own organisations.',
      budget: { words: 120 },
    },
    {
      id: 'why',
      title: 'Why it matters',
      level: 1,
      guidance:
        "The Compact's whole-of-society approach (A/RES/73/195 para 15(j)) and its call for participatory reviews; what your members would bring to the delegation.",
      tags: ['P10'],
      budget: { words: 150 },
    },
    {
      id: 'proposal',
      title: 'Whom we propose',
      level: 1,
      guidance: 'Names or profiles of the people you propose, and how the communities they represent chose them.',
      budget: { words: 100 },
    },
    {
      id: 'closing',
      title: 'Closing and contact',
      level: 1,
      guidance:
        'A closing line and one contact person with e-mail. Organisations that endorse in the sign-on panel are listed at the end on export.',
      budget: { words: 70 },
    },
  ],
};
