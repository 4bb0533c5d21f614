import { z } from 'zod';
import { SectionBudgetSchema } from '../schema/budget.ts';
import type { SectionBudget } from '../schema/budget.ts';
import { TAG_PATTERN } from '../schema/tagList.ts';
import { MilestoneKindSchema } from '../domain/milestone.ts';
import type { Confidence } from '../domain/sources.ts';
import { LOCALES } from '../i18n/locales.ts';

const TEMPLATE_KINDS = [
  'report',
  'key-messages',
  'pledge',
  'background-note',
  'response',
  'statement',
  'concept-note',
  'op-ed',
  'consultation-input',
  'letter',
  'amendments',
  'policy-brief',
  'talking-points',
  'custom',
] as const;
const TemplateKindSchema = z.enum(TEMPLATE_KINDS);

/** One heading of a template, with the guidance shown under it while writing and its budget. */
export interface TemplateSection {
  id: string;
  title: string;
  /**
   * A note the heading carries as a footnote: why its title is not the Compact's official wording
   * (our translation, or a secondary source) and what the official title is.
   */
  titleNote?: string;
  level: 1 | 2 | 3;
  guidance?: string;
  budget?: SectionBudget;
  /** Objective and principle tags (`O13`, `P6`) the section carries from the start. */
  tags?: string[];
  /** A table to fill in instead of a paragraph: its header row and how many empty rows follow. */
  table?: SectionTable;
  children?: TemplateSection[];
}

/** A table a section starts with (amendments: paragraph, current text, proposed text...). */
export interface SectionTable {
  columns: string[];
  rows: number;
}

const SectionTableSchema: z.ZodType<SectionTable> = z.object({
  columns: z.array(z.string().min(1).max(200)).min(1).max(12),
  rows: z.number().int().min(1).max(200),
});

const TemplateSectionSchema: z.ZodType<TemplateSection> = z.lazy(() =>
  z.object({
    id: z.string().regex(/^[A-Za-z0-9_.:-]{1,120}$/),
    title: z.string().min(1).max(500),
    titleNote: z.string().min(1).max(1000).optional(),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    guidance: z.string().max(5000).optional(),
    budget: z.optional(SectionBudgetSchema),
    tags: z.array(z.string().regex(TAG_PATTERN)).max(33).optional(),
    table: SectionTableSchema.optional(),
    children: z.array(TemplateSectionSchema).max(500).optional(),
  }),
);

/** What a new document's cover starts with: a subtitle and a statement of purpose for its kind of document. */
const TemplateCoverSchema = z.object({
  subtitle: z.string().max(500).default(''),
  purpose: z.string().max(1500).default(''),
});

/** A document template: its structure, the milestones it serves and its budgets. */
export const TemplateSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.:-]{1,120}$/),
  title: z.string().min(1).max(300),
  description: z.string().max(2000).default(''),
  kind: TemplateKindSchema,
  /** Milestones of the shipped cycles this template serves. */
  milestoneIds: z.array(z.string().max(200)).max(100).default([]),
  /** Milestone kinds it serves, so cycles added later (2030) find it with no code change. */
  milestoneKinds: z.array(MilestoneKindSchema).max(20).default([]),
  paragraphNumbering: z.boolean().default(false),
  sections: z.array(TemplateSectionSchema).max(500),
  documentBudget: z.optional(SectionBudgetSchema),
  /** Set when part of the structure rests on an unconfirmed source; shown with a badge and in --json. */
  unconfirmedNote: z.string().max(1000).optional(),
  /** Where the export lists the organisations that signed on: on the cover (default) or at the end (letters). */
  signatoriesAt: z.enum(['cover', 'end']).optional(),
  origin: z.enum(['builtin', 'workspace']).default('builtin'),
  /** The cover a new document starts with (in the template's language); the document's own edits win. */
  cover: TemplateCoverSchema.optional(),
  /** The language the template is written in; the new document takes it. Templates from before languages are English. */
  language: z.enum(LOCALES).default('en'),
});
export type Template = z.infer<typeof TemplateSchema>;

/** A template's confidence: unconfirmed when part of it rests on an unconfirmed source. */
export function templateConfidence(template: Pick<Template, 'unconfirmedNote'>): Confidence {
  return template.unconfirmedNote ? 'unconfirmed' : 'confirmed';
}

/** Every section of a template, depth first. */
export function flattenSections(sections: readonly TemplateSection[]): TemplateSection[] {
  return sections.flatMap((s) => [s, ...flattenSections(s.children ?? [])]);
}
