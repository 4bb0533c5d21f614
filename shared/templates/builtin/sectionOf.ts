import type { TemplateSection } from '../template.ts';

/** A section from its id and its words in one language (title, guidance), with its structure. */
export function sectionOf(
  id: string,
  words: { readonly title: string; readonly guidance?: string },
  extra: Omit<Partial<TemplateSection>, 'id' | 'title' | 'guidance'> = {},
): TemplateSection {
  return { id, title: words.title, level: 1, ...(words.guidance ? { guidance: words.guidance } : {}), ...extra };
}
