import type * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { writeBody } from '../model/body.ts';
import { createDocumentDoc, writeMeta } from '../model/documentMeta.ts';
import { writeDocumentBudget } from '../model/documentBudget.ts';
import type { SectionTable, Template, TemplateSection } from './template.ts';
import type { Locale } from '../i18n/locales.ts';
import { writeCover, type DocumentCover } from '../model/documentCover.ts';
import { documentMonth } from '../i18n/documentDate.ts';

/** What a new document needs besides its template. */
export interface InstantiateOptions {
  /** Document title; the template's title when omitted. */
  title?: string;
  milestoneId?: string | null;
  /** The document's id, kept as the Y.Doc's guid. */
  docId?: string;
  /** The milestone's due date, stored as the document's deadline. */
  deadline?: string | null;
  now?: Date;
  /** The document's language; the template's own when omitted. */
  language?: Locale;
  /** The subtitle typed when creating it; the template's own when omitted or empty. */
  subtitle?: string;
  /**
   * What the cover starts with (the workspace's coalition name and contact: `coverDefaults.ts`);
   * each value given (not empty) wins over the template's default.
   */
  cover?: Partial<DocumentCover>;
}

/**
 * The cover a new document starts with: the template's statement of purpose and, when it is made
 * for a milestone, the month it is due ("May 2030") in the document's language; then whatever the
 * caller gives (the workspace's coalition and contact, what the user typed), which wins.
 */
function initialCover(
  template: Pick<Template, 'cover'>,
  options: Pick<InstantiateOptions, 'cover' | 'deadline'>,
  language: Locale,
): Partial<DocumentCover> {
  const defaults: Partial<DocumentCover> = {};
  if (template.cover?.purpose) defaults.purpose = template.cover.purpose;
  const month = template.cover && options.deadline ? documentMonth(options.deadline, language) : '';
  if (month) defaults.date = month;
  const given = Object.entries(options.cover ?? {}).filter(([, value]) => value?.trim());
  return { ...defaults, ...Object.fromEntries(given) };
}

const cell = (type: 'tableHeader' | 'tableCell', text = ''): JSONContent => ({
  type,
  content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }],
});

/** A table with its header row and empty rows to fill in. */
function tableJSON(table: SectionTable): JSONContent {
  const header: JSONContent = { type: 'tableRow', content: table.columns.map((c) => cell('tableHeader', c)) };
  const empty = (): JSONContent => ({ type: 'tableRow', content: table.columns.map(() => cell('tableCell')) });
  return { type: 'table', content: [header, ...Array.from({ length: table.rows }, empty)] };
}

function sectionJSON(section: TemplateSection): JSONContent[] {
  const heading: JSONContent = {
    type: 'heading',
    attrs: { level: section.level, sectionId: section.id, tags: section.tags ?? [], budget: section.budget ?? null },
    // A title that is not the Compact's official wording says so in a note, which every export carries.
    content: [
      { type: 'text', text: section.title },
      ...(section.titleNote ? [{ type: 'footnote', content: [{ type: 'text', text: section.titleNote }] }] : []),
    ],
  };
  const guidance: JSONContent[] = section.guidance ? [{ type: 'guidance', attrs: { text: section.guidance } }] : [];
  const children = section.children ?? [];
  // Leaves get a paragraph to write in; a section with subsections starts with its first subsection.
  const leaf: JSONContent[] = section.table
    ? [tableJSON(section.table), { type: 'paragraph' }]
    : [{ type: 'paragraph' }];
  const body: JSONContent[] = children.length ? children.flatMap(sectionJSON) : leaf;
  return [heading, ...guidance, ...body];
}

/** A template's body as ProseMirror JSON: each heading, its guidance, and an empty paragraph under each leaf. */
export function templateBodyJSON(template: Pick<Template, 'sections'>): JSONContent {
  const content = template.sections.flatMap(sectionJSON);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

/** A new document Y.Doc from a template: sections with guidance and budgets in the body, links in the meta. */
export function instantiateTemplate(template: Template, options: InstantiateOptions = {}): Y.Doc {
  const doc = createDocumentDoc();
  const language = options.language ?? template.language;
  if (options.docId) doc.guid = options.docId;
  doc.transact(() => {
    writeBody(doc, templateBodyJSON(template));
    writeMeta(doc, {
      title: options.title?.trim() || template.title,
      subtitle: (options.subtitle?.trim() || template.cover?.subtitle || '').slice(0, 500),
      templateId: template.id,
      milestoneId: options.milestoneId ?? null,
      paragraphNumbering: template.paragraphNumbering,
      signatoriesAt: template.signatoriesAt ?? 'cover',
      language,
      createdAt: (options.now ?? new Date()).toISOString(),
      deadline: options.deadline ?? null,
    });
    if (template.documentBudget) writeDocumentBudget(doc, template.documentBudget);
    writeCover(doc, initialCover(template, options, language));
  });
  return doc;
}
