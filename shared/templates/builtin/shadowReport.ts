import type { Locale } from '../../i18n/locales.ts';
import { ROUND_TABLES } from '../../domain/roundTables.ts';
import { PRINCIPLES } from '../../domain/principles.ts';
import { objectiveHeading, principleTitle, roundTableHeading } from '../../domain/titles/localizedTitles.ts';
import type { Template, TemplateSection } from '../template.ts';
import { fillText, templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

/** The names of the guiding principles in a language, and a word on them when they are not official. */
function principlesList(language: Locale): string {
  const titles = PRINCIPLES.map((p) => principleTitle(p.number, language));
  const list = titles.map((t) => t.text).join(language === 'zh' ? '；' : language === 'ar' ? '؛ ' : '; ');
  return titles.every((t) => t.official) ? list : `${list} (${templateText(language).unofficialPrinciples})`;
}

/** Civil society's own assessment of implementation: one section per objective, under its round-table cluster. */
export function shadowReport(language: Locale): Template {
  const w = templateText(language).shadowReport;
  const objective = (n: number): TemplateSection => {
    const heading = objectiveHeading(n, language);
    return {
      id: `objective-${n}`,
      title: heading.text,
      ...(heading.note ? { titleNote: heading.note } : {}),
      level: 3,
      guidance: w.objectiveGuidance,
      tags: [`O${n}`],
      budget: { words: 600 },
    };
  };
  const clusters: TemplateSection[] = ROUND_TABLES.map((rt) => ({
    id: `round-table-${rt.number}`,
    title: roundTableHeading(rt.number, language),
    level: 2,
    guidance: fillText(w.clusterGuidance, { n: rt.number }),
    children: rt.objectives.map(objective),
  }));
  return {
    id: 'shadow-report',
    title: w.title,
    description: w.description,
    kind: 'report',
    milestoneIds: milestonesOfKind('regional-review', 'forum', 'follow-up'),
    milestoneKinds: ['regional-review', 'forum', 'follow-up'],
    paragraphNumbering: true,
    origin: 'builtin',
    language,
    cover: templateText(language).covers.shadowReport,
    unconfirmedNote: w.unconfirmedNote,
    sections: [
      sectionOf('cover-summary', w.sections.coverSummary, { budget: { words: 500 } }),
      sectionOf('about', w.sections.about, { budget: { words: 500 } }),
      sectionOf('assessment', w.sections.assessment, { children: clusters }),
      sectionOf(
        'principles',
        {
          ...w.sections.principles,
          guidance: fillText(w.sections.principles.guidance, { principles: principlesList(language) }),
        },
        { budget: { words: 800 } },
      ),
      sectionOf('previous-declaration', w.sections.previousDeclaration, { budget: { words: 800 } }),
      sectionOf('recommendations', w.sections.recommendations, { budget: { words: 1000 } }),
      sectionOf('annexes', w.sections.annexes),
    ],
  };
}
