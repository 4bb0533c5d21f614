import type { Locale } from '../../i18n/locales.ts';
import type { Template } from '../template.ts';
import { templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

/** An opinion piece or blog post responding to the report or the forum. */
export function opEd(language: Locale): Template {
  const w = templateText(language).opEd;
  return {
    id: 'op-ed',
    title: w.title,
    description: w.description,
    kind: 'op-ed',
    milestoneIds: milestonesOfKind('report', 'forum'),
    milestoneKinds: ['report', 'forum'],
    paragraphNumbering: false,
    origin: 'builtin',
    language,
    documentBudget: { words: 800 },
    sections: [
      sectionOf('headline', w.sections.headline, { budget: { words: 40 } }),
      sectionOf('hook', w.sections.hook, { budget: { words: 120 } }),
      sectionOf('argument', w.sections.argument, { budget: { words: 300 } }),
      sectionOf('evidence', w.sections.evidence, { budget: { words: 200 } }),
      sectionOf('ask', w.sections.ask, { budget: { words: 100 } }),
      sectionOf('bio', w.sections.bio, { budget: { words: 40 } }),
    ],
  };
}
