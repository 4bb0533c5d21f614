import { OBJECTIVES, objectiveHeading } from '../../domain/objectives.ts';
import type { RoundTable } from '../../domain/roundTables.ts';
import { ROUND_TABLES, roundTableHeading } from '../../domain/roundTables.ts';
import type { Template, TemplateSection } from '../template.ts';

const NOTE_WORDS = 1000;

function backgroundNote(rt: RoundTable): Template {
  const perObjective = Math.floor(500 / rt.objectives.length / 10) * 10;
  const analysis: TemplateSection[] = rt.objectives.map((n) => {
    const o = OBJECTIVES[n - 1];
    if (!o) throw new Error(`no objective ${n}`);
    return {
      id: `objective-${n}`,
      title: objectiveHeading(o),
      level: 2,
      guidance:
        'The situation, what works, what does not, with one piece of evidence. Merge or delete objectives you do not address.',
      tags: [o.id],
      budget: { words: perObjective },
    };
  });
  return {
    id: `background-note-rt${rt.number}`,
    title: `Round-table background note: round table ${rt.number}`,
    description: `About ${NOTE_WORDS.toLocaleString('en')} words of analysis and recommendations on one cluster: ${roundTableHeading(rt)} (objectives ${rt.objectives.join(', ')}). For the dialogue series, the online consultations and the round table itself.`,
    kind: 'background-note',
    milestoneIds: ['imrf-2022.consultations', 'imrf-2022.round-tables', 'imrf-2026.forum'],
    milestoneKinds: ['consultation', 'round-table'],
    paragraphNumbering: false,
    origin: 'builtin',
    documentBudget: { words: NOTE_WORDS },
    ...(rt.confidence === 'unconfirmed'
      ? {
          unconfirmedNote: `The round table's title is unofficial (no official source gives one); its objectives are from A/RES/73/326.`,
        }
      : {}),
    sections: [
      {
        id: 'summary',
        title: 'Summary',
        level: 1,
        guidance: 'Three or four sentences: the main finding and the main ask.',
        budget: { words: 100 },
      },
      {
        id: 'context',
        title: 'Context',
        level: 1,
        guidance: 'Why this cluster matters now, in your region or for the people you work with.',
        budget: { words: 150 },
      },
      {
        id: 'analysis',
        title: 'Analysis by objective',
        level: 1,
        guidance: `${roundTableHeading(rt)}.`,
        children: analysis,
      },
      {
        id: 'recommendations',
        title: 'Recommendations',
        level: 1,
        guidance: 'Numbered, addressed to named actors, concrete.',
        budget: { words: 200 },
      },
      {
        id: 'authors',
        title: 'About the authors',
        level: 1,
        guidance: 'Who wrote this and how to reach them.',
        budget: { words: 50 },
      },
    ],
  };
}

/** One background-note template per round-table cluster. */
export const backgroundNotes: readonly Template[] = ROUND_TABLES.map(backgroundNote);
