import { OBJECTIVES, objectiveHeading } from '../../domain/objectives.ts';
import { PRINCIPLES } from '../../domain/principles.ts';
import { ROUND_TABLES, roundTableHeading } from '../../domain/roundTables.ts';
import type { Template, TemplateSection } from '../template.ts';
import { milestonesOfKind } from './milestoneRefs.ts';

const OBJECTIVE_GUIDANCE =
  'Progress: what the State has done since the last review, in its own report and in practice. ' +
  'Gaps: what is missing, who is left out, where practice contradicts policy. ' +
  'Evidence: cite sources by name, UN documents by symbol and paragraph; add footnotes. ' +
  'Recommendations: concrete, addressed to a named actor, time-bound. ' +
  "Tie the assessment to the State's voluntary review and earlier recommendations. Delete this section if you do not assess this objective.";

function objectiveSection(n: number): TemplateSection {
  const o = OBJECTIVES[n - 1];
  if (!o) throw new Error(`no objective ${n}`);
  return {
    id: `objective-${n}`,
    title: objectiveHeading(o),
    level: 3,
    guidance: OBJECTIVE_GUIDANCE,
    tags: [o.id],
    budget: { words: 600 },
  };
}

const clusters: TemplateSection[] = ROUND_TABLES.map((rt) => ({
  id: `round-table-${rt.number}`,
  title: roundTableHeading(rt),
  level: 2,
  guidance: `The cluster of objectives A/RES/73/326 gives round table ${rt.number} (reviewed together in 2022). Open with two or three sentences on the cluster as a whole, if useful.`,
  children: rt.objectives.map(objectiveSection),
}));

/** Civil society's own assessment of implementation: one section per objective, under its round-table cluster. */
export const shadowReport: Template = {
  id: 'shadow-report',
  title: 'Shadow implementation report',
  description:
    'A civil-society assessment of how the Compact is implemented, objective by objective, grouped by the round-table clusters, with recommendations. Numbered paragraphs.',
  kind: 'report',
  milestoneIds: milestonesOfKind('regional-review', 'forum', 'follow-up'),
  milestoneKinds: ['regional-review', 'forum', 'follow-up'],
  paragraphNumbering: true,
  origin: 'builtin',
  unconfirmedNote:
    'The round-table titles in the headings are unofficial (no official source gives them); the clusters of objectives are from A/RES/73/326.',
  sections: [
    {
      id: 'cover-summary',
      title: 'Cover and summary',
      level: 1,
      guidance:
        'Cover: country or region, the process this report feeds (for example the regional review or the forum) and all joint authors. Summary: the main findings and recommendations in a few paragraphs, then key words.',
      budget: { words: 500 },
    },
    {
      id: 'about',
      title: 'Who we are and how this report was prepared',
      level: 1,
      guidance:
        'Name every author organisation and whom it represents. Say how the report was prepared: consultations held, how migrants took part, sources used, period covered.',
      budget: { words: 500 },
    },
    {
      id: 'assessment',
      title: 'Assessment of implementation',
      level: 1,
      guidance:
        "Grouped by the four round-table clusters of A/RES/73/326. Each objective's section covers progress, gaps, evidence and recommendations.",
      children: clusters,
    },
    {
      id: 'principles',
      title: 'Cross-cutting guiding principles',
      level: 1,
      guidance: `How implementation respects the guiding principles (A/RES/73/195 para 15): ${PRINCIPLES.map((p) => p.title).join('; ')}. Tag passages with the principles they concern.`,
      budget: { words: 800 },
    },
    {
      id: 'previous-declaration',
      title: 'Follow-up of the previous Progress Declaration',
      level: 1,
      guidance:
        "What the last Progress Declaration committed States to, cited by paragraph; what the State has done on each commitment; and the indicators proposed to measure it (the Secretary-General's report of December 2024 proposes a voluntary indicator framework). Say where no indicator or no data exists.",
      budget: { words: 800 },
    },
    {
      id: 'recommendations',
      title: 'Recommendations',
      level: 1,
      guidance:
        'Number them; address each to a named actor; make each concrete and time-bound. Refer back to the objectives they serve.',
      budget: { words: 1000 },
    },
    {
      id: 'annexes',
      title: 'Annexes',
      level: 1,
      guidance: 'Endorsing organisations, methodology, data tables, the sources consulted.',
    },
  ],
};
