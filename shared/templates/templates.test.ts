import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_MILESTONES, defaultMilestone } from '../domain/cycles.ts';
import { ROUND_TABLES } from '../domain/roundTables.ts';
import { OBJECTIVES } from '../domain/objectives.ts';
import { readMeta } from '../model/documentMeta.ts';
import { readBody } from '../model/body.ts';
import { readDocumentBudget } from '../model/documentBudget.ts';
import { splitSections } from '../model/sections.ts';
import { seedRoadmap, addCycle } from '../model/roadmap.ts';
import { BUILTIN_TEMPLATES, builtinTemplate } from './builtinTemplates.ts';
import { flattenSections, TemplateSchema } from './template.ts';
import { instantiateTemplate } from './instantiate.ts';
import { groupTemplatesByMilestone, listTemplates, suggestMilestone, templateGroups } from './listTemplates.ts';

const REQUIRED = [
  'shadow-report',
  'key-messages',
  'pledge',
  'background-note-rt1',
  'sg-report-response',
  'hearing-statement',
  'side-event-concept-note',
  'op-ed',
  'vnr-input',
];

describe('built-in templates', () => {
  it('include every template the issue asks for, valid and with unique ids', () => {
    for (const id of REQUIRED) expect(builtinTemplate(id), id).toBeDefined();
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
    for (const t of BUILTIN_TEMPLATES) {
      expect(TemplateSchema.parse(t)).toEqual(t);
      const ids = flattenSections(t.sections).map((s) => s.id);
      expect(new Set(ids).size, t.id).toBe(ids.length);
      for (const s of flattenSections(t.sections)) expect(s.guidance, `${t.id}/${s.id}`).toBeTruthy();
    }
  });

  it('every template links to existing milestones', () => {
    for (const t of BUILTIN_TEMPLATES) {
      expect(t.milestoneIds.length, t.id).toBeGreaterThan(0);
      for (const id of t.milestoneIds) expect(defaultMilestone(id), `${t.id} -> ${id}`).toBeDefined();
    }
  });

  it('budgets: pledge description 300-3000 characters, hearing statement 2 minutes, background note 1000 words', () => {
    const description = flattenSections(builtinTemplate('pledge')!.sections).find((s) => s.id === 'description');
    expect(description?.budget).toEqual({ minChars: 300, maxChars: 3000 });
    const statement = flattenSections(builtinTemplate('hearing-statement')!.sections).find((s) => s.id === 'statement');
    expect(statement?.budget).toEqual({ speakingSeconds: 120 });
    expect(builtinTemplate('background-note-rt2')?.documentBudget).toEqual({ words: 1000 });
    expect(builtinTemplate('shadow-report')?.paragraphNumbering).toBe(true);
  });
});

describe('instantiateTemplate', () => {
  it('gives the shadow report one section per objective under its cluster, with guidance and a paragraph', () => {
    const doc = instantiateTemplate(builtinTemplate('shadow-report')!, {
      title: 'Shadow report: Ruritania',
      milestoneId: 'imrf-2026.forum',
      docId: 'doc123456',
      now: new Date('2026-01-02T03:04:05Z'),
    });
    expect(doc.gc).toBe(false);
    expect(doc.guid).toBe('doc123456');
    expect(readMeta(doc)).toMatchObject({
      title: 'Shadow report: Ruritania',
      templateId: 'shadow-report',
      milestoneId: 'imrf-2026.forum',
      paragraphNumbering: true,
      createdAt: '2026-01-02T03:04:05.000Z',
    });
    const body = readBody(doc);
    const sections = splitSections(body);
    for (const rt of ROUND_TABLES) {
      const cluster = sections.find((s) => s.sectionId === `round-table-${rt.number}`);
      expect(cluster?.level).toBe(2);
      const children = sections.filter((s) => s.parent === cluster?.index);
      expect(children.map((s) => s.headingTags)).toEqual(rt.objectives.map((n) => [`O${n}`]));
      expect(children.map((s) => s.title)).toEqual(
        rt.objectives.map((n) => `Objective ${n}: ${OBJECTIVES[n - 1]!.title}`),
      );
      for (const s of children) {
        expect(s.budget).toEqual({ words: 600 });
        expect(s.blocks.map((b) => b.type.name)).toEqual(['guidance', 'paragraph']);
      }
    }
    expect(sections.filter((s) => s.sectionId?.startsWith('objective-'))).toHaveLength(23);
    expect(body.child(0).type.name).toBe('heading');
    expect(body.child(1).type.name).toBe('guidance');
  });

  it('stores a document budget and defaults the title', () => {
    const doc = instantiateTemplate(builtinTemplate('background-note-rt3')!);
    expect(readMeta(doc).title).toBe(builtinTemplate('background-note-rt3')!.title);
    expect(readDocumentBudget(doc)).toEqual({ words: 1000 });
    expect(Y.encodeStateAsUpdate(doc).length).toBeGreaterThan(100);
  });
});

describe('template listing', () => {
  it('groups by milestone with the next deadline first, then past milestones, most recent first', () => {
    const groups = groupTemplatesByMilestone(BUILTIN_TEMPLATES, DEFAULT_MILESTONES, '2026-05-01');
    expect(groups.slice(0, 3).map((g) => g.milestone?.id)).toEqual([
      'imrf-2026.hearing',
      'imrf-2026.round-tables',
      'imrf-2026.forum',
    ]);
    expect(groups[0]?.templates.map((t) => t.id)).toEqual(['hearing-statement', 'side-event-concept-note']);
    const firstPast = groups.find((g) => !g.upcoming && g.milestone);
    expect(firstPast?.milestone?.id).toBe('imrf-2026.final-draft');
    expect(suggestMilestone(builtinTemplate('pledge')!, DEFAULT_MILESTONES, '2022-01-01')?.id).toBe('imrf-2022.forum');
    expect(suggestMilestone(builtinTemplate('pledge')!, DEFAULT_MILESTONES, '2027-01-01')?.id).toBe('imrf-2030.forum');
    expect(suggestMilestone(builtinTemplate('shadow-report')!, DEFAULT_MILESTONES, '2026-12-01')?.id).toBe(
      'imrf-2030.monitoring-plan',
    );
  });

  it('finds templates for a cycle added later by milestone kind', () => {
    const ws = new Y.Doc();
    seedRoadmap(ws);
    addCycle(ws, { id: 'imrf-2034', title: 'Fourth cycle', startYear: 2030, endYear: 2034 }, [
      { id: 'imrf-2034.hearing', title: 'Multi-stakeholder hearing', kind: 'hearing', date: { start: '2034-05-08' } },
    ]);
    const [first] = templateGroups(ws, '2030-06-01');
    expect(first?.milestone?.id).toBe('imrf-2034.hearing');
    expect(first?.templates.map((t) => t.id)).toContain('hearing-statement');
    expect(listTemplates(ws)).toHaveLength(BUILTIN_TEMPLATES.length);
  });
});
