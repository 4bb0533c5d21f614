import type { Locale } from '../../i18n/locales.ts';
import type { RoundTable } from '../../domain/roundTables.ts';
import { ROUND_TABLES } from '../../domain/roundTables.ts';
import { objectiveHeading, roundTableHeading } from '../../domain/titles/localizedTitles.ts';
import type { Template, TemplateSection } from '../template.ts';
import { fillText, formatCount, templateText } from '../text/templateText.ts';
import { sectionOf } from './sectionOf.ts';

const NOTE_WORDS = 1000;

function backgroundNote(rt: RoundTable, language: Locale): Template {
  const w = templateText(language).backgroundNote;
  const cover = templateText(language).covers.backgroundNote;
  const perObjective = Math.floor(500 / rt.objectives.length / 10) * 10;
  const heading = roundTableHeading(rt.number, language);
  const analysis: TemplateSection[] = rt.objectives.map((n) => {
    const title = objectiveHeading(n, language);
    return {
      id: `objective-${n}`,
      title: title.text,
      ...(title.note ? { titleNote: title.note } : {}),
      level: 2,
      guidance: w.objectiveGuidance,
      tags: [`O${n}`],
      budget: { words: perObjective },
    };
  });
  return {
    id: `background-note-rt${rt.number}`,
    title: fillText(w.title, { n: rt.number }),
    description: fillText(w.description, {
      words: formatCount(NOTE_WORDS, language),
      roundTable: heading,
      objectives: rt.objectives.join(', '),
    }),
    kind: 'background-note',
    milestoneIds: ['imrf-2022.consultations', 'imrf-2022.round-tables', 'imrf-2026.forum'],
    milestoneKinds: ['consultation', 'round-table'],
    paragraphNumbering: false,
    origin: 'builtin',
    language,
    cover: {
      subtitle: heading,
      purpose: fillText(cover.purpose, { objectives: rt.objectives.join(', ') }),
    },
    documentBudget: { words: NOTE_WORDS },
    ...(rt.confidence === 'unconfirmed' ? { unconfirmedNote: w.unconfirmedNote } : {}),
    sections: [
      sectionOf('summary', w.sections.summary, { budget: { words: 100 } }),
      sectionOf('context', w.sections.context, { budget: { words: 150 } }),
      sectionOf(
        'analysis',
        { ...w.sections.analysis, guidance: fillText(w.sections.analysis.guidance, { roundTable: heading }) },
        { children: analysis },
      ),
      sectionOf('recommendations', w.sections.recommendations, { budget: { words: 200 } }),
      sectionOf('authors', w.sections.authors, { budget: { words: 50 } }),
    ],
  };
}

/** One background-note template per round-table cluster. */
export function backgroundNotes(language: Locale): Template[] {
  return ROUND_TABLES.map((rt) => backgroundNote(rt, language));
}
