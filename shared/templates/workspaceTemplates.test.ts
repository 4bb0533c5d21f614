import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { builtinTemplate, BUILTIN_TEMPLATES } from './builtinTemplates.ts';
import { instantiateTemplate, templateBodyJSON } from './instantiate.ts';
import { templateFromDocument } from './fromDocument.ts';
import { listWorkspaceTemplates, removeWorkspaceTemplate, saveWorkspaceTemplate } from './workspaceTemplates.ts';
import { groupTemplatesByMilestone, listTemplates } from './listTemplates.ts';
import { DEFAULT_MILESTONES } from '../domain/cycles.ts';

describe('workspace templates', () => {
  it('saves a document as a template that reproduces its structure', () => {
    const original = builtinTemplate('pledge')!;
    const doc = instantiateTemplate(original, { title: 'Our pledge', milestoneId: 'imrf-2026.forum' });
    const saved = templateFromDocument(doc, { id: 'our-pledge', title: 'Our pledge form' });
    expect(saved).toMatchObject({
      id: 'our-pledge',
      kind: 'pledge',
      milestoneIds: ['imrf-2026.forum'],
      milestoneKinds: ['forum'],
      origin: 'workspace',
    });
    expect(saved.sections).toEqual(original.sections);
    expect(templateBodyJSON(saved)).toEqual(templateBodyJSON(original));
    const shadow = templateFromDocument(instantiateTemplate(builtinTemplate('shadow-report')!), {
      id: 'my-shadow',
      title: 'Ours',
    });
    expect(shadow.sections).toEqual(builtinTemplate('shadow-report')!.sections);
    expect(shadow.paragraphNumbering).toBe(true);
  });

  it('names a heading left empty in the document’s language, and keeps an Arabic template’s guidance', () => {
    const doc = instantiateTemplate(builtinTemplate('op-ed', 'ar')!);
    const first = doc.getXmlFragment('body').get(0) as Y.XmlElement;
    first.delete(0, first.length); // the first heading's text
    const saved = templateFromDocument(doc, { id: 'ar-oped', title: 'مقال رأي' });
    expect(saved.language).toBe('ar');
    expect(saved.sections[0]!.title).toBe('قسم بلا عنوان');
    expect(saved.sections.map((s) => s.guidance)).toEqual(
      builtinTemplate('op-ed', 'ar')!.sections.map((s) => s.guidance),
    );
  });

  it('stores templates in the workspace Y.Doc and lists them after the built-in ones', () => {
    const ws = new Y.Doc();
    const doc = instantiateTemplate(builtinTemplate('op-ed')!);
    saveWorkspaceTemplate(ws, templateFromDocument(doc, { id: 'house-style-oped', title: 'Op-ed, house style' }));
    expect(() => saveWorkspaceTemplate(ws, { ...builtinTemplate('op-ed')! })).toThrow(/built-in/);
    ws.getMap('templates').set('junk', { id: 'junk' });
    expect(listWorkspaceTemplates(ws).map((t) => t.id)).toEqual(['house-style-oped']);
    expect(listTemplates(ws).map((t) => t.id)).toEqual([...BUILTIN_TEMPLATES.map((t) => t.id), 'house-style-oped']);

    // Replicated through the workspace like everything else.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ws));
    expect(listWorkspaceTemplates(other)[0]?.title).toBe('Op-ed, house style');
    removeWorkspaceTemplate(ws, 'house-style-oped');
    expect(listWorkspaceTemplates(ws)).toEqual([]);
  });

  it('puts a template with no milestone in a group of its own', () => {
    const bare = templateFromDocument(instantiateTemplate(builtinTemplate('op-ed')!), { id: 'bare', title: 'Bare' });
    const groups = groupTemplatesByMilestone([bare], DEFAULT_MILESTONES, '2026-01-01');
    expect(groups.at(-1)?.milestone).toBeDefined();
    const unlinked = groupTemplatesByMilestone(
      [{ ...bare, milestoneKinds: [], milestoneIds: [] }],
      DEFAULT_MILESTONES,
      '2026-01-01',
    );
    expect(unlinked).toEqual([
      { milestone: null, due: null, upcoming: false, templates: [{ ...bare, milestoneKinds: [], milestoneIds: [] }] },
    ]);
  });
});
