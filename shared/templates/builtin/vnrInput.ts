import type { Template } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

/** A submission to a government's consultation on its voluntary national review. */
export const vnrInput: Template = {
  id: 'vnr-input',
  title: 'Input to a voluntary national review consultation',
  description:
    "Your contribution to a State's voluntary national review, which the Compact asks to be participatory. Sections follow a plausible default structure for the review.",
  kind: 'consultation-input',
  milestoneIds: milestonesOfKind('regional-review'),
  milestoneKinds: ['regional-review'],
  paragraphNumbering: true,
  origin: 'builtin',
  unconfirmedNote:
    "The UN Network's reporting structure for voluntary national reviews is unconfirmed; these sections are a plausible default.",
  documentBudget: { words: 2500 },
  sections: [
    {
      id: 'about',
      title: 'Who we are',
      level: 1,
      guidance: 'The organisations submitting, whom they represent, and how migrants took part.',
      budget: { words: 150 },
    },
    {
      id: 'methodology',
      title: 'Methodology for preparing the review',
      level: 1,
      guidance:
        "How inclusive the government's process was: who was consulted, when, with what notice; what would make it participatory.",
      budget: { words: 300 },
    },
    {
      id: 'policy',
      title: 'Policy and enabling environment',
      level: 1,
      guidance: 'Laws, policies and institutions that help or hinder implementation.',
      budget: { words: 400 },
    },
    {
      id: 'progress',
      title: 'Progress on GCM objectives',
      level: 1,
      guidance: 'Progress and gaps on the objectives you know best; tag each passage with its objectives.',
      budget: { words: 1000 },
    },
    {
      id: 'means',
      title: 'Means of implementation',
      level: 1,
      guidance: 'Funding, capacity, data and partnerships.',
      budget: { words: 300 },
    },
    {
      id: 'next-steps',
      title: 'Next steps and recommendations',
      level: 1,
      guidance: 'What the review should commit the government to, numbered.',
      budget: { words: 350 },
    },
  ],
};
