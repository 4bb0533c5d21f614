import type { Locale } from '../../i18n/locales.ts';
import type { Template } from '../template.ts';
import { fillText, templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

/** Short numbered messages for the Progress Declaration negotiation, each with objectives and a rationale. */
export function keyMessages(language: Locale): Template {
  const w = templateText(language).keyMessages;
  const message = (n: number) =>
    sectionOf(
      `message-${n}`,
      { ...w.message, title: fillText(w.message.title, { n }) },
      { level: 2, budget: { words: 80 } },
    );
  return {
    id: 'key-messages',
    title: w.title,
    description: w.description,
    kind: 'key-messages',
    // Due before the negotiation starts, not on the day of adoption.
    milestoneIds: milestonesOfKind('negotiation'),
    milestoneKinds: ['negotiation'],
    paragraphNumbering: false,
    origin: 'builtin',
    language,
    cover: templateText(language).covers.keyMessages,
    documentBudget: { words: 800 },
    sections: [
      sectionOf('about', w.sections.about, { budget: { words: 100 } }),
      sectionOf('messages', w.sections.messages, { children: [1, 2, 3, 4, 5].map(message) }),
      sectionOf('follow-up', w.sections.followUp, { budget: { words: 150 } }),
      sectionOf('contacts', w.sections.contacts, { budget: { words: 60 } }),
    ],
  };
}
