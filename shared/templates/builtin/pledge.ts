import { PLEDGE_DESCRIPTION_CHARS, PLEDGE_TYPES } from '../../domain/pledges.ts';
import type { Template } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

/** A pledge in the fields of the UN Network's pledge form, and nothing else, with the description's limits. */
export const pledge: Template = {
  id: 'pledge',
  title: 'Pledge',
  description: `A commitment for action on GCM implementation, alone or jointly, in the fields of the UN Network's pledge form and in its order. The description takes ${PLEDGE_DESCRIPTION_CHARS.min}-${PLEDGE_DESCRIPTION_CHARS.max.toLocaleString('en')} characters; the form accepts one attachment.`,
  kind: 'pledge',
  milestoneIds: milestonesOfKind('forum'),
  milestoneKinds: ['forum'],
  paragraphNumbering: false,
  origin: 'builtin',
  sections: [
    {
      id: 'contact',
      title: 'Contact person',
      level: 1,
      guidance: 'Name, organisation, e-mail.',
      budget: { words: 40 },
    },
    {
      id: 'pledger',
      title: 'Pledger',
      level: 1,
      guidance: 'The organisation (or coalition) that makes the pledge.',
      budget: { words: 40 },
    },
    {
      id: 'partners',
      title: 'Other participating States or actors (joint pledges)',
      level: 1,
      guidance: 'Other States or actors pledging with you. Pledges are preferably made in partnership.',
      budget: { words: 80 },
    },
    {
      id: 'matching',
      title: 'Matching pledge (title and id of the pledge matched)',
      level: 1,
      guidance: 'If this pledge matches another, its title and id. Leave empty otherwise.',
      budget: { words: 40 },
    },
    {
      id: 'type',
      title: 'Type',
      level: 1,
      guidance: `One of: ${PLEDGE_TYPES.map((t) => t.label).join(', ')}.`,
      budget: { words: 10 },
    },
    {
      id: 'objectives-principles',
      title: 'GCM objectives and principles',
      level: 1,
      guidance: 'List the GCM objectives and guiding principles the pledge serves, and tag this section with them.',
      budget: { words: 60 },
    },
    { id: 'timeline', title: 'Timeline', level: 1, guidance: 'Start, milestones and end date.', budget: { words: 80 } },
    {
      id: 'description',
      title: 'Description',
      level: 1,
      guidance: `What you will do, for whom and by when. It must be concrete, measurable (say how you and others will know it is delivered: numbers, dates, outputs), realistic, forward-looking, time-bound and preferably in partnership. Pledges concern migrants, not refugees. Between ${PLEDGE_DESCRIPTION_CHARS.min} and ${PLEDGE_DESCRIPTION_CHARS.max} characters.`,
      budget: { minChars: PLEDGE_DESCRIPTION_CHARS.min, maxChars: PLEDGE_DESCRIPTION_CHARS.max },
    },
    {
      id: 'attachment',
      title: 'Attachment',
      level: 1,
      guidance:
        'The form accepts one attachment, no more: say which file you will attach (a concept note, a budget, a letter of commitment) and what it shows.',
      budget: { words: 40 },
    },
  ],
};
