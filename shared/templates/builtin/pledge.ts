import type { Locale } from '../../i18n/locales.ts';
import { PLEDGE_DESCRIPTION_CHARS } from '../../domain/pledges.ts';
import type { Template } from '../template.ts';
import { fillText, formatCount, templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

/** A pledge in the fields of the UN Network's pledge form, and nothing else, with the description's limits. */
export function pledge(language: Locale): Template {
  const w = templateText(language).pledge;
  const { min, max } = PLEDGE_DESCRIPTION_CHARS;
  const list = language === 'zh' ? '、' : language === 'ar' ? '، ' : ', ';
  return {
    id: 'pledge',
    title: w.title,
    description: fillText(w.description, { min, max: formatCount(max, language) }),
    kind: 'pledge',
    milestoneIds: milestonesOfKind('forum'),
    milestoneKinds: ['forum'],
    paragraphNumbering: false,
    origin: 'builtin',
    language,
    cover: templateText(language).covers.pledge,
    sections: [
      sectionOf('contact', w.sections.contact, { budget: { words: 40 } }),
      sectionOf('pledger', w.sections.pledger, { budget: { words: 40 } }),
      sectionOf('partners', w.sections.partners, { budget: { words: 80 } }),
      sectionOf('matching', w.sections.matching, { budget: { words: 40 } }),
      sectionOf(
        'type',
        {
          ...w.sections.type,
          guidance: fillText(w.sections.type.guidance, { types: Object.values(w.types).join(list) }),
        },
        { budget: { words: 10 } },
      ),
      sectionOf('objectives-principles', w.sections.objectivesPrinciples, { budget: { words: 60 } }),
      sectionOf('timeline', w.sections.timeline, { budget: { words: 80 } }),
      sectionOf(
        'description',
        { ...w.sections.description, guidance: fillText(w.sections.description.guidance, { min, maxPlain: max }) },
        { budget: { minChars: min, maxChars: max } },
      ),
      sectionOf('attachment', w.sections.attachment, { budget: { words: 40 } }),
    ],
  };
}
