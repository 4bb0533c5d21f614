import { z } from 'zod';
import { ConfidenceSchema, SourceSchema } from './sources.ts';

/** Calendar dates only (YYYY-MM-DD): milestones are days, not instants. */
const IsoDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

/** A day or an inclusive range of days. */
const DateSpanSchema = z
  .object({ start: IsoDateSchema, end: IsoDateSchema.optional() })
  .refine((d) => d.end === undefined || d.end >= d.start, { message: 'end before start' });
export type DateSpan = z.infer<typeof DateSpanSchema>;

/** How exact a date is: a known day, a month ("March 2024"), or an approximation ("early 2025"). */
const DatePrecisionSchema = z.enum(['day', 'month', 'approximate']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

const MILESTONE_KINDS = [
  'regional-review',
  'consultation',
  'report',
  'deadline',
  'negotiation',
  'hearing',
  'forum',
  'round-table',
  'debate',
  'adoption',
  'follow-up',
  'other',
] as const;
export const MilestoneKindSchema = z.enum(MILESTONE_KINDS);
export type MilestoneKind = z.infer<typeof MilestoneKindSchema>;

/** Ids are readable where they come from data (`imrf-2022.hearing`) and random where a user made them. */
const ItemIdSchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,120}$/);

/** A default checklist entry: one of the briefing's "ideas for action", or a step the facts imply. */
const ChecklistDefaultSchema = z.object({
  id: ItemIdSchema,
  text: z.string().min(1).max(1000),
  sources: z.array(SourceSchema).min(1),
});
export type ChecklistDefault = z.infer<typeof ChecklistDefaultSchema>;

/** The five regions of the regional reviews, one per UN regional commission. */
const REGION_IDS = ['africa', 'arab', 'asia-pacific', 'unece', 'lac'] as const;
export const RegionIdSchema = z.enum(REGION_IDS);
export type RegionId = z.infer<typeof RegionIdSchema>;

/** One step of a review cycle. */
export const MilestoneSchema = z.object({
  id: ItemIdSchema,
  cycleId: ItemIdSchema,
  title: z.string().min(1).max(300),
  date: DateSpanSchema,
  precision: DatePrecisionSchema.default('day'),
  kind: MilestoneKindSchema,
  /** For a regional review, its region: the checklist is chosen by it. */
  region: RegionIdSchema.optional(),
  description: z.string().max(5000).default(''),
  sources: z.array(SourceSchema).min(1),
  confidence: ConfidenceSchema,
  /** What exactly is unconfirmed, when something is (a symbol, a title, the date itself). */
  unconfirmedNote: z.string().max(1000).optional(),
  checklist: z.array(ChecklistDefaultSchema).default([]),
});
export type Milestone = z.infer<typeof MilestoneSchema>;
export type MilestoneInput = z.input<typeof MilestoneSchema>;

/** A review cycle: the years between two forums, ending with a forum. */
export const CycleSchema = z.object({
  id: ItemIdSchema,
  title: z.string().min(1).max(300),
  startYear: z.number().int().min(2018).max(2100),
  endYear: z.number().int().min(2018).max(2100),
  description: z.string().max(5000).default(''),
  sources: z.array(SourceSchema).min(1),
  confidence: ConfidenceSchema,
});
export type Cycle = z.infer<typeof CycleSchema>;
export type CycleInput = z.input<typeof CycleSchema>;
