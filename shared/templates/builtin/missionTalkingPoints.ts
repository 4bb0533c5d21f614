import type { Locale } from '../../i18n/locales.ts';
import type { Template } from '../template.ts';
import { fillText, templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

/** Talking points for a meeting with a State's permanent mission to the UN. */
export function missionTalkingPoints(language: Locale): Template {
  const w = templateText(language).missionTalkingPoints;
  const point = (n: number) =>
    sectionOf(`point-${n}`, { ...w.point, title: fillText(w.point.title, { n }) }, { level: 2, budget: { words: 60 } });
  return {
    id: 'mission-talking-points',
    title: w.title,
    description: w.description,
    kind: 'talking-points',
    milestoneIds: milestonesOfKind('negotiation', 'forum'),
    milestoneKinds: ['negotiation', 'forum'],
    paragraphNumbering: false,
    origin: 'builtin',
    language,
    cover: templateText(language).covers.missionTalkingPoints,
    documentBudget: { words: 500 },
    sections: [
      sectionOf('meeting', w.sections.meeting, { budget: { words: 120 } }),
      sectionOf('purpose', w.sections.purpose, { budget: { words: 40 } }),
      sectionOf('points', w.sections.points, { children: [1, 2, 3].map(point) }),
      sectionOf('ask', w.sections.ask, { budget: { words: 60 } }),
      sectionOf('follow-up', w.sections.followUp, { budget: { words: 50 } }),
    ],
  };
}
