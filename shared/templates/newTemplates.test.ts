import { describe, expect, it } from 'vitest';
import { readMeta } from '../model/documentMeta.ts';
import { readBody } from '../model/body.ts';
import { readDocumentBudget } from '../model/documentBudget.ts';
import { splitSections } from '../model/sections.ts';
import { defaultMilestone } from '../domain/cycles.ts';
import { BUILTIN_TEMPLATES, builtinTemplate } from './builtinTemplates.ts';
import { flattenSections, templateConfidence } from './template.ts';
import { instantiateTemplate } from './instantiate.ts';
import { documentUncertainties } from './uncertainty.ts';

const NEW = [
  'oral-statement-round-table',
  'oral-statement-policy-debate',
  'oral-statement-plenary',
  'joint-letter',
  'declaration-amendments',
  'policy-brief-climate-change',
  'policy-brief-preventing-loss-of-life',
  'policy-brief-alternatives-to-detention',
  'policy-brief-youth',
  'policy-brief-inclusive-societies',
  'policy-brief-covid-19',
  'mission-talking-points',
  'delegation-inclusion-letter',
];

const sectionsOf = (id: string) => flattenSections(builtinTemplate(id)!.sections);
const sectionTitles = (id: string) => builtinTemplate(id)!.sections.map((s) => s.title);

describe('templates added for the next cycle', () => {
  it('exist, instantiate with their sections and budgets, and serve milestones of the shipped cycles', () => {
    for (const id of NEW) {
      const template = builtinTemplate(id);
      expect(template, id).toBeDefined();
      const doc = instantiateTemplate(template!);
      const sections = splitSections(readBody(doc));
      expect(
        sections.map((s) => s.sectionId),
        id,
      ).toEqual(flattenSections(template!.sections).map((s) => s.id));
      const budgeted = template!.documentBudget ?? flattenSections(template!.sections).find((s) => s.budget)?.budget;
      expect(budgeted, `${id} has a length or speaking budget`).toBeDefined();
      if (template!.documentBudget) expect(readDocumentBudget(doc)).toEqual(template!.documentBudget);
      expect(
        template!.milestoneIds.some((m) => m.startsWith('imrf-2030.')),
        id,
      ).toBe(true);
    }
  });

  it('oral statements for the round tables, the policy debate and the plenary carry a 2-minute speaking budget', () => {
    for (const id of ['oral-statement-round-table', 'oral-statement-policy-debate', 'oral-statement-plenary']) {
      expect(sectionsOf(id).find((s) => s.id === 'statement')?.budget).toEqual({ speakingSeconds: 120 });
      expect(builtinTemplate(id)?.description).toContain('200-260 words');
      expect(templateConfidence(builtinTemplate(id)!)).toBe('unconfirmed');
    }
    expect(builtinTemplate('oral-statement-plenary')?.milestoneIds).toContain('imrf-2030.plenary');
    expect(builtinTemplate('oral-statement-round-table')?.milestoneIds).toContain('imrf-2022.round-tables');
  });

  it('a joint letter lists its signatories at the end, and the delegation letter asks for migrants on the delegation', () => {
    expect(readMeta(instantiateTemplate(builtinTemplate('joint-letter')!)).signatoriesAt).toBe('end');
    expect(readMeta(instantiateTemplate(builtinTemplate('key-messages')!)).signatoriesAt).toBe('cover');
    expect(sectionsOf('delegation-inclusion-letter').find((s) => s.id === 'why')?.tags).toEqual(['P10']);
  });

  it('amendments start as a table of paragraph, current text, proposed text, justification, objectives served', () => {
    const body = readBody(instantiateTemplate(builtinTemplate('declaration-amendments')!));
    const header: string[] = [];
    let rows = 0;
    body.descendants((node) => {
      if (node.type.name !== 'table') return true;
      rows = node.childCount;
      node.child(0).forEach((cell) => header.push(cell.textContent));
      return false;
    });
    expect(header).toEqual(['Paragraph', 'Current text', 'Proposed text', 'Justification', 'Objectives served']);
    expect(rows).toBe(6);
  });

  it('policy briefs cover the six emerging dialogue themes, with suggested objective tags', () => {
    const briefs = BUILTIN_TEMPLATES.filter((t) => t.kind === 'policy-brief');
    expect(briefs.map((t) => t.title)).toEqual([
      'Thematic policy brief: Climate change',
      'Thematic policy brief: Preventing loss of life',
      'Thematic policy brief: Alternatives to immigration detention',
      'Thematic policy brief: Youth',
      'Thematic policy brief: Inclusive societies',
      'Thematic policy brief: COVID-19 response and recovery',
    ]);
    expect(sectionsOf('policy-brief-alternatives-to-detention').find((s) => s.id === 'evidence')?.tags).toEqual([
      'O13',
    ]);
    expect(sectionsOf('policy-brief-preventing-loss-of-life').find((s) => s.id === 'evidence')?.tags).toEqual(['O8']);
  });

  it('the shadow report and the key messages follow up the previous Progress Declaration and its indicators', () => {
    for (const id of ['shadow-report', 'key-messages']) {
      const section = builtinTemplate(id)!.sections.find(
        (s) => s.title === 'Follow-up of the previous Progress Declaration',
      );
      expect(section, id).toBeDefined();
      expect(section?.guidance, id).toMatch(/indicator/);
    }
  });

  it('the pledge follows the official form: its fields in order, and mentions the one attachment', () => {
    expect(sectionTitles('pledge')).toEqual([
      'Contact person',
      'Pledger',
      'Other participating States or actors (joint pledges)',
      'Matching pledge (title and id of the pledge matched)',
      'Type',
      'GCM objectives and principles',
      'Timeline',
      'Description',
      'Attachment',
    ]);
    expect(builtinTemplate('pledge')?.description).toContain('one attachment');
    expect(sectionsOf('pledge').find((s) => s.id === 'attachment')?.guidance).toMatch(/one attachment/);
  });

  it('the hearing statement gives the 2022 sessions as 2022 only', () => {
    const guidance = sectionsOf('hearing-statement').find((s) => s.id === 'speaker')?.guidance ?? '';
    expect(guidance).toContain('each hearing sets its own');
    expect(guidance).toContain('the 2022 hearing had these: progress, gaps and challenges;');
  });

  it('say what a document rests on that is not confirmed, for the optional note in exports', () => {
    expect(documentUncertainties(builtinTemplate('op-ed'), defaultMilestone('imrf-2026.forum'))).toEqual([]);
    const notes = documentUncertainties(builtinTemplate('vnr-input'), defaultMilestone('imrf-2030.review-lac'));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^Template “Input to a voluntary national review consultation”: The UN Network/);
    expect(notes[1]).toMatch(/^Milestone “Latin America and the Caribbean regional review” \(projected\): Projected/);
  });
});
