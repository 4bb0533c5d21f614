import type { Locale } from '../../i18n/locales.ts';
import type { Template } from '../template.ts';
import { templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

/** A coalition's response to the Secretary-General's biennial report. */
export function sgReportResponse(language: Locale): Template {
  const w = templateText(language).sgReportResponse;
  return {
    id: 'sg-report-response',
    title: w.title,
    description: w.description,
    kind: 'response',
    milestoneIds: milestonesOfKind('report'),
    milestoneKinds: ['report'],
    paragraphNumbering: true,
    origin: 'builtin',
    language,
    cover: templateText(language).covers.sgReportResponse,
    documentBudget: { words: 2000 },
    sections: [
      sectionOf('summary', w.sections.summary, { budget: { words: 200 } }),
      sectionOf('findings', w.sections.findings, { budget: { words: 400 } }),
      sectionOf('agree', w.sections.agree, { budget: { words: 300 } }),
      sectionOf('gaps', w.sections.gaps, { budget: { words: 500 } }),
      sectionOf('recommendations', w.sections.recommendations, { budget: { words: 500 } }),
      sectionOf('authors', w.sections.authors, { budget: { words: 100 } }),
    ],
  };
}
