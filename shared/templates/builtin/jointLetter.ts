import type { Locale } from '../../i18n/locales.ts';
import type { Template } from '../template.ts';
import { templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

/** A joint letter or sign-on statement: the organisations that endorse it are listed at its end on export. */
export function jointLetter(language: Locale): Template {
  const w = templateText(language).jointLetter;
  return {
    id: 'joint-letter',
    title: w.title,
    description: w.description,
    kind: 'letter',
    milestoneIds: milestonesOfKind('negotiation', 'forum', 'follow-up'),
    milestoneKinds: ['negotiation', 'forum', 'follow-up'],
    paragraphNumbering: false,
    origin: 'builtin',
    language,
    signatoriesAt: 'end',
    documentBudget: { words: 800 },
    sections: [
      sectionOf('addressee', w.sections.addressee, { budget: { words: 60 } }),
      sectionOf('opening', w.sections.opening, { budget: { words: 120 } }),
      sectionOf('concerns', w.sections.concerns, { budget: { words: 300 } }),
      sectionOf('asks', w.sections.asks, { budget: { words: 250 } }),
      sectionOf('closing', w.sections.closing, { budget: { words: 70 } }),
    ],
  };
}
