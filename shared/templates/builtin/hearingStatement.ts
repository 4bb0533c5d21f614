import type { Locale } from '../../i18n/locales.ts';
import {
  DEFAULT_SPEAKING_SLOT_SECONDS,
  DEFAULT_WORDS_PER_MINUTE,
  wordsForSeconds,
} from '../../domain/oralStatements.ts';
import type { Template } from '../template.ts';
import { fillText, templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

const WORDS = wordsForSeconds(DEFAULT_SPEAKING_SLOT_SECONDS, DEFAULT_WORDS_PER_MINUTE);

/** An oral statement for the multi-stakeholder hearing, budgeted in speaking time. */
export function hearingStatement(language: Locale): Template {
  const w = templateText(language).hearingStatement;
  // The 2022 hearing's sessions (shared/domain/hearingSessions.ts), named in this language.
  const sessions = Object.values(w.sessions2022).join(language === 'zh' ? '；' : language === 'ar' ? '؛ ' : '; ');
  const pace = DEFAULT_WORDS_PER_MINUTE;
  return {
    id: 'hearing-statement',
    title: w.title,
    description: fillText(w.description, { minutes: DEFAULT_SPEAKING_SLOT_SECONDS / 60, words: WORDS, pace }),
    kind: 'statement',
    milestoneIds: milestonesOfKind('hearing'),
    milestoneKinds: ['hearing'],
    paragraphNumbering: false,
    origin: 'builtin',
    language,
    cover: templateText(language).covers.hearingStatement,
    unconfirmedNote: w.unconfirmedNote,
    sections: [
      sectionOf('speaker', { ...w.sections.speaker, guidance: fillText(w.sections.speaker.guidance, { sessions }) }),
      sectionOf(
        'statement',
        { ...w.sections.statement, guidance: fillText(w.sections.statement.guidance, { pace }) },
        { budget: { speakingSeconds: DEFAULT_SPEAKING_SLOT_SECONDS } },
      ),
    ],
  };
}
