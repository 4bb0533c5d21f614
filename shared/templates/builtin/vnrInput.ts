import type { Locale } from '../../i18n/locales.ts';
import type { Template } from '../template.ts';
import { templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

/** A submission to a government's consultation on its voluntary national review. */
export function vnrInput(language: Locale): Template {
  const w = templateText(language).vnrInput;
  return {
    id: 'vnr-input',
    title: w.title,
    description: w.description,
    kind: 'consultation-input',
    milestoneIds: milestonesOfKind('regional-review'),
    milestoneKinds: ['regional-review'],
    paragraphNumbering: true,
    origin: 'builtin',
    language,
    cover: templateText(language).covers.vnrInput,
    unconfirmedNote: w.unconfirmedNote,
    documentBudget: { words: 2500 },
    sections: [
      sectionOf('about', w.sections.about, { budget: { words: 150 } }),
      sectionOf('methodology', w.sections.methodology, { budget: { words: 300 } }),
      sectionOf('policy', w.sections.policy, { budget: { words: 400 } }),
      sectionOf('progress', w.sections.progress, { budget: { words: 1000 } }),
      sectionOf('means', w.sections.means, { budget: { words: 300 } }),
      sectionOf('next-steps', w.sections.nextSteps, { budget: { words: 350 } }),
    ],
  };
}
