import { OBJECTIVES } from './objectives.ts';
import { PRINCIPLES } from './principles.ts';
import { TAG_PATTERN } from '../schema/tagList.ts';
import type { Locale } from '../i18n/locales.ts';
import { objectiveTitle, principleTitle, type LocalizedTitle } from './titles/localizedTitles.ts';

/** What a tag (`O13`, `P6`) stands for, for pickers, margins and coverage. */
export interface TagInfo {
  readonly tag: string;
  readonly kind: 'objective' | 'principle';
  readonly number: number;
  readonly title: string;
  /** Short form: the objective's label, or the principle's title. */
  readonly label: string;
}

/** Every tag: the 23 objectives, then the 10 principles. */
export const ALL_TAGS: readonly TagInfo[] = [
  ...OBJECTIVES.map((o): TagInfo => ({
    tag: o.id,
    kind: 'objective',
    number: o.number,
    title: o.title,
    label: o.label,
  })),
  ...PRINCIPLES.map((p): TagInfo => ({
    tag: p.id,
    kind: 'principle',
    number: p.number,
    title: p.title,
    label: p.title,
  })),
];

/** A tag's description, or undefined for anything that is not a valid tag. */
export function tagInfo(tag: string): TagInfo | undefined {
  return TAG_PATTERN.test(tag) ? ALL_TAGS.find((t) => t.tag === tag) : undefined;
}

/** A tag's title in a language, with whether that wording is the Compact's official one (see titles/). */
export function tagTitle(tag: Pick<TagInfo, 'kind' | 'number'>, language: Locale): LocalizedTitle {
  return tag.kind === 'objective' ? objectiveTitle(tag.number, language) : principleTitle(tag.number, language);
}

/**
 * Tags matching what a user typed: a number ("13"), a tag ("O13", "p6"), or words of the title or
 * label ("detention"), in English or in `language` ("احتجاز"). Exact number and tag matches come first.
 */
export function searchTags(query: string, language: Locale = 'en'): TagInfo[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...ALL_TAGS];
  const words = q.split(/\s+/);
  const scored = ALL_TAGS.map((t) => {
    if (t.tag.toLowerCase() === q) return { t, score: 0 };
    if (String(t.number) === q) return { t, score: t.kind === 'objective' ? 1 : 2 };
    const hay = `${t.tag} ${t.title} ${t.label} ${tagTitle(t, language).text}`.toLowerCase();
    return { t, score: words.every((w) => hay.includes(w)) ? 3 : -1 };
  });
  return scored
    .filter((s) => s.score >= 0)
    .sort((a, b) => a.score - b.score)
    .map((s) => s.t);
}
