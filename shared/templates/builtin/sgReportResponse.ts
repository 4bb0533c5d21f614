import type { Template } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

/** A coalition's response to the Secretary-General's biennial report. */
export const sgReportResponse: Template = {
  id: 'sg-report-response',
  title: "Response to the Secretary-General's report",
  description:
    "Your analysis of the Secretary-General's report on GCM implementation: where you agree, what it misses, and your recommendations. For the report's launch and Migration Week.",
  kind: 'response',
  milestoneIds: milestonesOfKind('report'),
  milestoneKinds: ['report'],
  paragraphNumbering: true,
  origin: 'builtin',
  documentBudget: { words: 2000 },
  sections: [
    {
      id: 'summary',
      title: 'Summary',
      level: 1,
      guidance: 'Your overall reading of the report and your three main recommendations.',
      budget: { words: 200 },
    },
    {
      id: 'findings',
      title: "The report's main findings",
      level: 1,
      guidance: 'What the report says, cited by document symbol and paragraph (not page).',
      budget: { words: 400 },
    },
    {
      id: 'agree',
      title: 'Where we agree',
      level: 1,
      guidance: 'Findings and proposals you support, and why.',
      budget: { words: 300 },
    },
    {
      id: 'gaps',
      title: 'What the report misses',
      level: 1,
      guidance:
        'Gaps, omitted objectives or groups of migrants, evidence that contradicts the report. Tag passages with the objectives they concern.',
      budget: { words: 500 },
    },
    {
      id: 'recommendations',
      title: 'Recommendations',
      level: 1,
      guidance: 'To States, to the UN Network on Migration and to the forum. Numbered and concrete.',
      budget: { words: 500 },
    },
    {
      id: 'authors',
      title: 'About the authors',
      level: 1,
      guidance: 'Endorsing organisations and contacts.',
      budget: { words: 100 },
    },
  ],
};
