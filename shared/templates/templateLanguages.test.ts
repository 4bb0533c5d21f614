import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import type { Locale } from '../i18n/locales.ts';
import { OBJECTIVES } from '../domain/objectives.ts';
import { objectiveTitle, principleTitle } from '../domain/titles/localizedTitles.ts';
import { readMeta } from '../model/documentMeta.ts';
import { readBody } from '../model/body.ts';
import { builtinTemplate, builtinTemplates } from './builtinTemplates.ts';
import { flattenSections, TemplateSchema } from './template.ts';
import type { Template, TemplateSection } from './template.ts';
import { instantiateTemplate } from './instantiate.ts';
import { documentUncertainties } from './uncertainty.ts';
import { templateText } from './text/templateText.ts';

const OTHERS = LOCALES.filter((l) => l !== 'en');

/** The structure of a template without its words: what must be the same in every language. */
function shape(t: Template) {
  const section = (s: TemplateSection): unknown => ({
    id: s.id,
    level: s.level,
    tags: s.tags,
    budget: s.budget,
    rows: s.table?.rows,
    columns: s.table?.columns.length,
    guided: Boolean(s.guidance),
    children: (s.children ?? []).map(section),
  });
  const { id, kind, milestoneIds, milestoneKinds, paragraphNumbering, documentBudget, signatoriesAt } = t;
  return {
    id,
    kind,
    milestoneIds,
    milestoneKinds,
    paragraphNumbering,
    documentBudget,
    signatoriesAt,
    uncertain: Boolean(t.unconfirmedNote),
    sections: t.sections.map(section),
  };
}

/** Every piece of text a person reads in a template, with where it is, in a stable order. */
function texts(t: Template): [string, string][] {
  const out: [string, string][] = [
    [`${t.id}.title`, t.title],
    [`${t.id}.description`, t.description],
  ];
  if (t.unconfirmedNote) out.push([`${t.id}.unconfirmedNote`, t.unconfirmedNote]);
  for (const s of flattenSections(t.sections)) {
    out.push([`${t.id}/${s.id}.title`, s.title]);
    if (s.guidance) out.push([`${t.id}/${s.id}.guidance`, s.guidance]);
    // The note quotes the official English title and names its source on purpose: leave those out.
    if (s.titleNote) {
      const source = objectiveTitle(Number(s.id.replace('objective-', '')), t.language).source?.label ?? '';
      const note = s.titleNote.replace(source, '').replace(/[“«][^”»]*[”»]/g, '');
      out.push([`${t.id}/${s.id}.titleNote`, note]);
    }
    s.table?.columns.forEach((c, i) => out.push([`${t.id}/${s.id}.column${i}`, c]));
  }
  return out;
}

/** Every leaf of a template text, by its path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Latin script that may stay in a translation: UN document symbols, tag names, the app's name, COVID-19.
const KEPT_LATIN = /\b[A-Z]+\/[A-Z0-9./]+\b|\bO\d+\b|\bConcord\b|COVID-19/g;
// Words of English prose that no French or Spanish sentence contains.
const ENGLISH_WORDS =
  /\b(the|and|of|with|your|you|to|is|are|what|who|which|this|that|from|by|for|or|how|one|each|not|it|its)\b/i;
// Identical in English and in French or Spanish, and right in both.
const SAME_IN_BOTH = /^(Annexes|Description|Type|Justification|Contacts|Message \d+|Point \d+)$/;

describe('built-in templates in the six languages', () => {
  it('every translation has every wording of the English source, with the same {places}', () => {
    const english = new Map(leaves(templateText('en')));
    for (const locale of OTHERS) {
      const translated = new Map(leaves(templateText(locale)));
      expect([...translated.keys()], locale).toEqual([...english.keys()]);
      for (const [path, text] of translated) {
        expect(text.trim(), `${locale} ${path}`).not.toBe('');
        expect(placeholders(text), `${locale} ${path}`).toEqual(placeholders(english.get(path)!));
      }
    }
  });

  it.each(LOCALES)('%s: every template renders, valid, with the English structure and its language', (locale) => {
    const english = builtinTemplates('en');
    const list = builtinTemplates(locale);
    expect(list.map((t) => t.id)).toEqual(english.map((t) => t.id));
    list.forEach((t, i) => {
      expect(TemplateSchema.parse(t)).toEqual(t);
      expect(t.language).toBe(locale);
      expect(shape(t)).toEqual(shape(english[i]!));
      for (const [where, text] of texts(t)) expect(text, where).not.toMatch(/\{\w+\}/);
    });
  });

  it.each(['ar', 'ru', 'zh'] as const)('%s: no English left in any template', (locale) => {
    const left = builtinTemplates(locale)
      .flatMap(texts)
      .filter(([, text]) => /[A-Za-z]{2,}/.test(text.replace(KEPT_LATIN, '')));
    expect(left).toEqual([]);
  });

  it.each(['fr', 'es'] as const)('%s: no English left in any template', (locale) => {
    const english = new Map(builtinTemplates('en').flatMap(texts));
    const left = builtinTemplates(locale)
      .flatMap(texts)
      .filter(([where, text]) => {
        if (ENGLISH_WORDS.test(text.replace(KEPT_LATIN, ''))) return true;
        // English headings have no notes; anything else the same as in English must be the same word in both.
        return !where.endsWith('.titleNote') && text === english.get(where) && !SAME_IN_BOTH.test(text);
      });
    expect(left).toEqual([]);
  });

  it.each(LOCALES)('%s: an objective heading carries a note exactly when its title is not official', (locale) => {
    for (const id of ['shadow-report', 'background-note-rt1', 'background-note-rt2', 'background-note-rt3']) {
      for (const s of flattenSections(builtinTemplate(id, locale)!.sections)) {
        const n = /^objective-(\d+)$/.exec(s.id)?.[1];
        if (!n) continue;
        const title = objectiveTitle(Number(n), locale);
        expect(s.title, `${id}/${s.id}`).toContain(title.text);
        if (title.official) expect(s.titleNote, `${id}/${s.id}`).toBeUndefined();
        else expect(s.titleNote, `${id}/${s.id}`).toContain(`${OBJECTIVES[Number(n) - 1]!.title}`);
      }
    }
  });

  it.each(LOCALES)('%s: the guiding principles are named, with a word when their names are not official', (locale) => {
    const guidance = flattenSections(builtinTemplate('shadow-report', locale)!.sections).find(
      (s) => s.id === 'principles',
    )!.guidance!;
    const names = Array.from({ length: 10 }, (_, i) => principleTitle(i + 1, locale));
    for (const name of names) expect(guidance).toContain(name.text);
    const note = templateText(locale).unofficialPrinciples;
    if (names.every((p) => p.official)) expect(guidance).not.toContain(note);
    else expect(guidance).toContain(`(${note})`);
  });

  it('the official-title notes fall where the titles file says: none in English, every objective in Arabic and Chinese', () => {
    const notes = (locale: Locale) =>
      flattenSections(builtinTemplate('shadow-report', locale)!.sections).filter((s) => s.titleNote).length;
    expect(notes('en')).toBe(0);
    expect(notes('ar')).toBe(23);
    expect(notes('zh')).toBe(23);
    expect(notes('ru')).toBe(23);
    // French: 3, 5, 7 and 17 from secondary sources, 18 not found; Spanish: 3, 15, 16, 17, 20, 23 not found.
    expect(notes('fr')).toBe(5);
    expect(notes('es')).toBe(6);
  });

  it('a document from an Arabic template is in Arabic, its headings and notes in the body; the uncertainty note too', () => {
    const template = builtinTemplate('shadow-report', 'ar')!;
    const doc = instantiateTemplate(template);
    expect(readMeta(doc)).toMatchObject({ language: 'ar', title: 'تقرير موازٍ عن التنفيذ' });
    const body = JSON.stringify(readBody(doc));
    expect(body).toContain('الهدف 13: ');
    expect(body).toContain('ترجمة غير رسمية');
    expect(body).toContain('المبادئ التوجيهية الشاملة');
    const [note] = documentUncertainties(template, null, 'ar');
    expect(note).toBe(`النموذج «تقرير موازٍ عن التنفيذ»: ${template.unconfirmedNote}`);
  });
});
