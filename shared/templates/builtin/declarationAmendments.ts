import type { Locale } from '../../i18n/locales.ts';
import type { Template } from '../template.ts';
import { templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

/** Amendments to a draft Progress Declaration, as a table diplomats can read paragraph by paragraph. */
export function declarationAmendments(language: Locale): Template {
  const w = templateText(language).declarationAmendments;
  const c = w.columns;
  return {
    id: 'declaration-amendments',
    title: w.title,
    description: w.description,
    kind: 'amendments',
    milestoneIds: milestonesOfKind('negotiation'),
    milestoneKinds: ['negotiation'],
    paragraphNumbering: false,
    origin: 'builtin',
    language,
    cover: templateText(language).covers.declarationAmendments,
    sections: [
      sectionOf('about', w.sections.about, { budget: { words: 120 } }),
      sectionOf('amendments', w.sections.amendments, {
        table: { columns: [c.paragraph, c.current, c.proposed, c.justification, c.objectives], rows: 5 },
      }),
      sectionOf('general', w.sections.general, { budget: { words: 200 } }),
    ],
  };
}
