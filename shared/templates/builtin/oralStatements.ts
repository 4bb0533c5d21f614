import type { Locale } from '../../i18n/locales.ts';
import { DEFAULT_SPEAKING_SLOT_SECONDS, DEFAULT_WORDS_PER_MINUTE } from '../../domain/oralStatements.ts';
import type { MilestoneKind } from '../../domain/milestone.ts';
import type { Template } from '../template.ts';
import type { TemplateText } from '../text/templateText.ts';
import { fillText, templateText } from '../text/templateText.ts';
import { milestonesNamed } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

/** Where a statement is read: its template id, its milestones, and the key of its words. */
interface Venue {
  id: string;
  words: keyof TemplateText['oralStatements']['venues'];
  milestones: string[];
  kinds: MilestoneKind[];
}

const VENUES: readonly Venue[] = [
  { id: 'oral-statement-round-table', words: 'roundTable', milestones: ['round-tables'], kinds: ['round-table'] },
  { id: 'oral-statement-policy-debate', words: 'policyDebate', milestones: ['policy-debate'], kinds: ['debate'] },
  { id: 'oral-statement-plenary', words: 'plenary', milestones: ['plenary'], kinds: ['debate'] },
];

function statement(venue: Venue, language: Locale): Template {
  const w = templateText(language).oralStatements;
  const v = w.venues[venue.words];
  return {
    id: venue.id,
    title: v.title,
    description: `${v.description} ${w.budgetSentence}`,
    kind: 'statement',
    milestoneIds: milestonesNamed(...venue.milestones),
    milestoneKinds: venue.kinds,
    paragraphNumbering: false,
    origin: 'builtin',
    language,
    cover: templateText(language).covers.oralStatement,
    unconfirmedNote: w.slotNote,
    sections: [
      sectionOf('speaker', { title: w.sections.speaker.title, guidance: v.context }),
      sectionOf(
        'statement',
        {
          ...w.sections.statement,
          guidance: fillText(w.sections.statement.guidance, { pace: DEFAULT_WORDS_PER_MINUTE }),
        },
        { budget: { speakingSeconds: DEFAULT_SPEAKING_SLOT_SECONDS } },
      ),
    ],
  };
}

/** Oral statements for the forum itself: a round table, the policy debate, the plenary. */
export function oralStatements(language: Locale): Template[] {
  return VENUES.map((v) => statement(v, language));
}
