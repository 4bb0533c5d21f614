import type { Locale } from '../../i18n/locales.ts';
import type { Template } from '../template.ts';
import { templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

/** A letter asking a government to include civil society or migrants in its delegation. */
export function delegationLetter(language: Locale): Template {
  const w = templateText(language).delegationLetter;
  return {
    id: 'delegation-inclusion-letter',
    title: w.title,
    description: w.description,
    kind: 'letter',
    milestoneIds: milestonesOfKind('deadline', 'regional-review'),
    milestoneKinds: ['deadline', 'regional-review'],
    paragraphNumbering: false,
    origin: 'builtin',
    language,
    signatoriesAt: 'end',
    documentBudget: { words: 500 },
    sections: [
      sectionOf('addressee', w.sections.addressee, { budget: { words: 60 } }),
      sectionOf('request', w.sections.request, { budget: { words: 120 } }),
      sectionOf('why', w.sections.why, { tags: ['P10'], budget: { words: 150 } }),
      sectionOf('proposal', w.sections.proposal, { budget: { words: 100 } }),
      sectionOf('closing', w.sections.closing, { budget: { words: 70 } }),
    ],
  };
}
