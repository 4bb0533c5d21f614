import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { generateReport } from '../../test/fixtures/reportFixture.ts';
import { documentSchema } from '../schema/schema.ts';
import type { JSONContent } from '@tiptap/core';
import { analyseDocument, analyseSections } from './sectionAnalysis.ts';
import { checkBudget } from './budgetCheck.ts';
import { splitSections } from './sections.ts';
import { readBody } from './body.ts';
import { instantiateTemplate } from '../templates/instantiate.ts';
import { builtinTemplate } from '../templates/builtinTemplates.ts';
import { templateBodyJSON } from '../templates/instantiate.ts';

const h = (level: number, text: string, attrs: Record<string, unknown> = {}): JSONContent => ({
  type: 'heading',
  attrs: { level, ...attrs },
  content: [{ type: 'text', text }],
});
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const t = (text: string, tags?: string[], bold = false): JSONContent => ({
  type: 'text',
  text,
  ...(tags || bold
    ? { marks: [...(bold ? [{ type: 'bold' }] : []), ...(tags ? [{ type: 'tag', attrs: { tags } }] : [])] }
    : {}),
});
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const DOC: JSONContent = {
  type: 'doc',
  content: [
    p(t('Preamble before any heading')),
    h(1, 'Intro', { sectionId: 'intro', tags: ['O2'], budget: { words: 10 } }),
    { type: 'guidance', attrs: { text: 'Guidance never counts, however long it is.' } },
    p(t('one two three four five six')),
    h(2, 'Sub', { sectionId: 'sub', tags: ['O13'] }),
    p(t('alpha '), t('gam', ['O20'], true), t('ma delta', ['O20']), t(' epsilon')),
    p(t('Evidence'), { type: 'footnote', content: [{ type: 'text', text: 'Source A' }] }),
    h(1, 'Description', { sectionId: 'description', budget: { minChars: 300, maxChars: 3000 } }),
    p(t('Too short.')),
    h(1, 'Statement', { sectionId: 'statement', budget: { speakingSeconds: 120 } }),
    p(t(words(250))),
  ],
};

describe('section analysis', () => {
  it('splits the body at headings, with a preamble and parents', () => {
    const sections = splitSections(DOC);
    expect(sections.map((s) => [s.title, s.level, s.parent])).toEqual([
      ['', 0, null],
      ['Intro', 1, null],
      ['Sub', 2, 1],
      ['Description', 1, null],
      ['Statement', 1, null],
    ]);
    expect(sections[1]?.headingPos).toBe(sections[0]?.to);
  });

  it('counts words and characters, excluding guidance, including footnotes', () => {
    const [pre, intro, sub] = analyseSections(DOC);
    expect(pre?.words).toBe(4);
    expect(intro?.words).toBe(6);
    expect(sub?.words).toBe(7);
    expect(intro?.totalWords).toBe(13);
    expect(intro?.budgetReport).toEqual({
      status: 'over',
      checks: [{ measure: 'words', limit: 10, actual: 13, status: 'over' }],
    });
  });

  it('collects heading, inherited and mark tags, and words per tag', () => {
    const sub = analyseSections(DOC)[2]!;
    expect(sub.tags).toEqual({ heading: ['O13'], inherited: ['O2'], marks: ['O20'], all: ['O2', 'O13', 'O20'] });
    expect(sub.taggedWords).toEqual({ O13: 7, O2: 7, O20: 2 });
  });

  it('flags a pledge description under 300 characters', () => {
    const description = analyseSections(DOC).find((s) => s.sectionId === 'description')!;
    expect(description.characters).toBe(10);
    expect(description.budgetReport.status).toBe('under');
    const doc = instantiateTemplate(builtinTemplate('pledge')!);
    const pledgeDescription = analyseSections(readBody(doc)).find((s) => s.sectionId === 'description')!;
    expect(pledgeDescription.budgetReport.status).toBe('under');
  });

  it('estimates speaking time at a configurable pace', () => {
    const at120 = analyseSections(DOC).find((s) => s.sectionId === 'statement')!;
    expect(at120.speakingSeconds).toBe(125);
    expect(at120.budgetReport.status).toBe('over');
    const at130 = analyseSections(DOC, { wordsPerMinute: 130 }).find((s) => s.sectionId === 'statement')!;
    expect(at130.budgetReport.status).toBe('ok');
  });

  it('checks a document budget and lists sections out of budget', () => {
    const stats = analyseDocument(DOC, { documentBudget: { words: 200 } });
    expect(stats.words).toBe(4 + 6 + 7 + 2 + 250);
    expect(stats.budgetReport.status).toBe('over');
    expect(stats.outOfBudget.map((i) => stats.sections[i]?.title)).toEqual(['Intro', 'Description', 'Statement']);
    expect(analyseDocument(templateBodyJSON(builtinTemplate('op-ed')!)).words).toBe(0);
  });

  it('reports each budget measure', () => {
    expect(checkBudget(null, { words: 1, characters: 1, speakingSeconds: 1 })).toEqual({ status: 'none', checks: [] });
    expect(
      checkBudget({ minChars: 300, maxChars: 3000 }, { words: 100, characters: 3001, speakingSeconds: 0 }).status,
    ).toBe('over');
    expect(
      checkBudget({ minChars: 300, maxChars: 3000 }, { words: 100, characters: 300, speakingSeconds: 0 }).status,
    ).toBe('ok');
  });
});

describe('section analysis kept by block', () => {
  it('equals an analysis of a fresh copy of the document after every one of many random edits', () => {
    const schema = documentSchema();
    let state = EditorState.create({ doc: schema.nodeFromJSON(generateReport({ pages: 3, seed: 7 }).doc) });
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const fresh = () => analyseSections(state.doc.toJSON() as JSONContent);
    expect(analyseSections(state.doc)).toEqual(fresh());
    for (let step = 0; step < 80; step++) {
      const size = state.doc.content.size;
      const at = 1 + Math.floor(rnd() * (size - 2));
      const tr = state.tr;
      try {
        const kind = rnd();
        if (kind < 0.4) tr.insertText(rnd() < 0.3 ? ' ' : 'new words', at);
        else if (kind < 0.6) tr.delete(at, Math.min(size - 1, at + 1 + Math.floor(rnd() * 30)));
        else if (kind < 0.8) tr.addMark(at, Math.min(size - 1, at + 20), schema.marks.tag!.create({ tags: ['O4'] }));
        else tr.split(at);
      } catch {
        continue; // not a place for that edit (inside an atom, a table's structure)
      }
      state = state.apply(tr);
      expect(analyseSections(state.doc), `step ${step}`).toEqual(fresh());
    }
  });
});
