import type { Locale } from '../../i18n/locales.ts';
import type { Template } from '../template.ts';
import { templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

/** A concept note proposing a side event at the forum or around the hearing. */
export function sideEventConceptNote(language: Locale): Template {
  const w = templateText(language).sideEventConceptNote;
  return {
    id: 'side-event-concept-note',
    title: w.title,
    description: w.description,
    kind: 'concept-note',
    milestoneIds: milestonesOfKind('forum', 'hearing'),
    milestoneKinds: ['forum', 'hearing'],
    paragraphNumbering: false,
    origin: 'builtin',
    language,
    cover: templateText(language).covers.sideEventConceptNote,
    documentBudget: { words: 1000 },
    sections: [
      sectionOf('event-title', w.sections.eventTitle, { budget: { words: 60 } }),
      sectionOf('background', w.sections.background, { budget: { words: 250 } }),
      sectionOf('objectives', w.sections.objectives, { budget: { words: 150 } }),
      sectionOf('speakers', w.sections.speakers, { budget: { words: 200 } }),
      sectionOf('outcomes', w.sections.outcomes, { budget: { words: 150 } }),
      sectionOf('organisers', w.sections.organisers, { budget: { words: 100 } }),
    ],
  };
}
