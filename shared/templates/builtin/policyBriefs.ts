import type { Locale } from '../../i18n/locales.ts';
import { DIALOGUE_THEMES } from '../../domain/dialogueThemes.ts';
import type { DialogueTheme } from '../../domain/dialogueThemes.ts';
import type { Template } from '../template.ts';
import type { TemplateText } from '../text/templateText.ts';
import { fillText, formatCount, templateText } from '../text/templateText.ts';
import { milestonesOfKind } from './milestoneRefs.ts';
import { sectionOf } from './sectionOf.ts';

const BRIEF_WORDS = 1500;

/** The key of a theme's name in the templates' words: `dialogue-covid-19` -> `covid19`. */
function themeKey(theme: Pick<DialogueTheme, 'id'>): keyof TemplateText['policyBrief']['themes'] {
  return theme.id
    .replace(/^dialogue-/, '')
    .replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof TemplateText['policyBrief']['themes'];
}

function policyBrief(theme: DialogueTheme, language: Locale): Template {
  const w = templateText(language).policyBrief;
  const name = w.themes[themeKey(theme)];
  const cover = templateText(language).covers.policyBrief;
  const tags = (theme.objectives ?? []).map((n) => `O${n}`);
  return {
    id: `policy-brief-${theme.id.replace(/^dialogue-/, '')}`,
    title: fillText(w.title, { theme: name }),
    description: fillText(w.description, { words: formatCount(BRIEF_WORDS, language), theme: name }),
    kind: 'policy-brief',
    milestoneIds: milestonesOfKind('consultation', 'negotiation'),
    milestoneKinds: ['consultation', 'negotiation'],
    paragraphNumbering: false,
    origin: 'builtin',
    language,
    cover: { subtitle: fillText(cover.subtitle, { theme: name }), purpose: cover.purpose },
    documentBudget: { words: BRIEF_WORDS },
    unconfirmedNote: w.unconfirmedNote,
    sections: [
      sectionOf('key-messages', w.sections.keyMessages, { budget: { words: 150 } }),
      sectionOf('issue', w.sections.issue, { budget: { words: 300 } }),
      sectionOf('evidence', w.sections.evidence, { tags, budget: { words: 400 } }),
      sectionOf('commitments', w.sections.commitments, { tags, budget: { words: 250 } }),
      sectionOf('recommendations', w.sections.recommendations, { budget: { words: 350 } }),
      sectionOf('authors', w.sections.authors, { budget: { words: 50 } }),
    ],
  };
}

/** One policy brief per emerging theme of the dialogue series (the clusters have background notes). */
export function policyBriefs(language: Locale): Template[] {
  return DIALOGUE_THEMES.filter((t) => t.kind === 'emerging').map((t) => policyBrief(t, language));
}
