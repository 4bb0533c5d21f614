import type * as Y from 'yjs';
import type { Node as PMNode } from '@tiptap/pm/model';
import { readBody } from '../model/body.ts';
import { readMeta } from '../model/documentMeta.ts';
import { readDocumentBudget } from '../model/documentBudget.ts';
import { readCover } from '../model/documentCover.ts';
import { parseBudget } from '../schema/budget.ts';
import { parseTagList } from '../schema/tagList.ts';
import type { Template, TemplateSection } from './template.ts';
import { TemplateSchema } from './template.ts';
import { builtinTemplate } from './builtinTemplates.ts';
import { exportWording } from '../export/exportWording.ts';

const SECTION_ID = /^[A-Za-z0-9_.:-]{1,120}$/;

/** A heading's own text, and the text of the note it carries (an unofficial title's), if any. */
function headingTitle(heading: PMNode): { title: string; note: string } {
  let title = '';
  let note = '';
  heading.forEach((child) => {
    if (child.type.name === 'footnote') note ||= child.textContent.trim();
    else if (child.isText) title += child.text ?? '';
  });
  return { title: title.replace(/\s+/g, ' ').trim(), note };
}

/** A document's heading outline as template sections: titles, guidance, budgets and heading tags. */
function sectionsFromBody(body: PMNode, untitled: string): TemplateSection[] {
  const roots: TemplateSection[] = [];
  const stack: TemplateSection[] = [];
  const used = new Set<string>();
  let current: TemplateSection | null = null;
  body.forEach((node) => {
    if (node.type.name === 'guidance' && current && !current.guidance) {
      const text = String(node.attrs.text ?? '').trim();
      if (text) current.guidance = text;
      return;
    }
    if (node.type.name !== 'heading') return;
    const level = Math.min(3, Math.max(1, Number(node.attrs.level) || 1)) as 1 | 2 | 3;
    const wanted =
      typeof node.attrs.sectionId === 'string' && SECTION_ID.test(node.attrs.sectionId) ? node.attrs.sectionId : null;
    let id = wanted && !used.has(wanted) ? wanted : `section-${used.size + 1}`;
    while (used.has(id)) id = `${id}-1`;
    used.add(id);
    const { title, note } = headingTitle(node);
    const section: TemplateSection = { id, title: title.slice(0, 500) || untitled, level };
    if (note) section.titleNote = note.slice(0, 1000);
    const budget = parseBudget(node.attrs.budget);
    if (budget) section.budget = budget;
    const tags = parseTagList(node.attrs.tags);
    if (tags.length) section.tags = tags;
    while (stack.length && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
    const parent = stack.at(-1);
    if (parent) (parent.children ??= []).push(section);
    else roots.push(section);
    stack.push(section);
    current = section;
  });
  return roots;
}

/**
 * Saves a document's structure as a template: headings, guidance, budgets, heading tags, paragraph
 * numbering, its milestone, and its cover's subtitle and statement of purpose. What was written
 * under the headings is not kept.
 */
export function templateFromDocument(
  doc: Y.Doc,
  options: { id: string; title: string; description?: string },
): Template {
  const meta = readMeta(doc);
  const base = meta.templateId ? builtinTemplate(meta.templateId) : undefined;
  const documentBudget = readDocumentBudget(doc);
  const { purpose } = readCover(doc);
  return TemplateSchema.parse({
    id: options.id,
    title: options.title,
    description: options.description ?? `Saved from "${meta.title}".`,
    kind: base?.kind ?? 'custom',
    milestoneIds: meta.milestoneId ? [meta.milestoneId] : [],
    milestoneKinds: base?.milestoneKinds ?? [],
    paragraphNumbering: meta.paragraphNumbering,
    language: meta.language,
    ...(meta.signatoriesAt === 'end' ? { signatoriesAt: 'end' } : {}),
    // A heading left empty is named in the document's language, as its exports name it.
    sections: sectionsFromBody(readBody(doc), exportWording(meta.language).untitledSection),
    ...(documentBudget ? { documentBudget } : {}),
    // The cover's subtitle and purpose as the document has them (edited or not) start the next documents' covers.
    ...(meta.subtitle || purpose ? { cover: { subtitle: meta.subtitle.slice(0, 500), purpose } } : {}),
    origin: 'workspace',
  });
}
