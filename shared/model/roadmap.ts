import * as Y from 'yjs';
import type { z } from 'zod';
import type { CycleInput, DateSpan, MilestoneInput } from '../domain/milestone.ts';
import { CycleSchema, MilestoneSchema } from '../domain/milestone.ts';
import { nextDue } from '../domain/deadlines.ts';
import type { Source } from '../domain/sources.ts';
import { newId } from '../ids.ts';
import { collection, orUndefined, readFields, writeFields } from './roadmapFields.ts';
import { cycleFields, milestoneFields } from './roadmapSeedFields.ts';
import { addChecklistItem, removeChecklistFor } from './checklist.ts';

export { seedRoadmap } from './roadmapSeed.ts';

/** A milestone as the workspace holds it (its checklist is separate: see checklist.ts). */
const RoadmapMilestoneSchema = MilestoneSchema.omit({ checklist: true });
export type RoadmapMilestone = z.infer<typeof RoadmapMilestoneSchema>;
const RoadmapCycleSchema = CycleSchema;
export type RoadmapCycle = z.infer<typeof RoadmapCycleSchema>;

/** What a coalition enters itself is sourced to the coalition. */
const ENTERED: Source[] = [{ label: 'Entered by the coalition' }];

function readMilestone(id: string, map: Y.Map<unknown>): RoadmapMilestone | null {
  const f = readFields(map);
  const date = { start: f.start, end: orUndefined(f.end) };
  const parsed = RoadmapMilestoneSchema.safeParse({
    ...f,
    id,
    date,
    region: orUndefined(f.region),
    unconfirmedNote: orUndefined(f.unconfirmedNote),
  });
  return parsed.success ? parsed.data : null;
}

/** The workspace's cycles, oldest first. Entries that fail validation (a damaged or newer peer) are skipped. */
export function listCycles(workspace: Y.Doc): RoadmapCycle[] {
  const out: RoadmapCycle[] = [];
  collection(workspace, 'cycles').forEach((map, id) => {
    const parsed = RoadmapCycleSchema.safeParse({ ...readFields(map), id });
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => a.startYear - b.startYear || a.endYear - b.endYear || a.id.localeCompare(b.id));
}

/** The workspace's milestones in date order, all or one cycle's. */
export function listMilestones(workspace: Y.Doc, cycleId?: string): RoadmapMilestone[] {
  const out: RoadmapMilestone[] = [];
  collection(workspace, 'milestones').forEach((map, id) => {
    const m = readMilestone(id, map);
    if (m && (cycleId === undefined || m.cycleId === cycleId)) out.push(m);
  });
  return out.sort(
    (a, b) =>
      a.date.start.localeCompare(b.date.start) ||
      (a.date.end ?? '').localeCompare(b.date.end ?? '') ||
      a.id.localeCompare(b.id),
  );
}

/** One milestone, or null. */
export function getMilestone(workspace: Y.Doc, id: string): RoadmapMilestone | null {
  const map = collection(workspace, 'milestones').get(id);
  return map ? readMilestone(id, map) : null;
}

/** Changes to a milestone; with an id that is not in the workspace, the full fields of a new one. */
export type MilestonePatch = { id?: string } & Partial<Omit<MilestoneInput, 'id' | 'date'>> & { date?: DateSpan };

/**
 * Creates or edits a milestone and returns its id. Edits write only the fields that changed, so two
 * people editing different fields of one milestone both keep their change. Throws on invalid input.
 */
export function upsertMilestone(workspace: Y.Doc, patch: MilestonePatch): string {
  const all = collection(workspace, 'milestones');
  const id = patch.id ?? newId();
  const existing = all.get(id);
  const current = existing ? readMilestone(id, existing) : null;
  // Confirming a date settles it: the note saying what was uncertain goes unless a new one is given.
  const settled = patch.confidence === 'confirmed' && !patch.unconfirmedNote ? { unconfirmedNote: undefined } : {};
  const merged = RoadmapMilestoneSchema.parse({
    sources: ENTERED,
    confidence: 'confirmed',
    ...current,
    ...stripUndefined(patch),
    ...settled,
    id,
  });
  if (!collection(workspace, 'cycles').has(merged.cycleId)) throw new Error(`unknown cycle "${merged.cycleId}"`);
  workspace.transact(() => {
    let map = existing;
    if (!map) {
      map = new Y.Map<unknown>();
      all.set(id, map);
    }
    const { id: _id, ...rest } = merged;
    writeFields(map, milestoneFields(rest));
    for (const item of patch.checklist ?? []) if (!existing) addChecklistItem(workspace, id, item.text);
  });
  return id;
}

/** Removes a milestone and its checklist. Documents linked to it keep their link (shown as unknown). */
export function removeMilestone(workspace: Y.Doc, id: string): void {
  workspace.transact(() => {
    collection(workspace, 'milestones').delete(id);
    removeChecklistFor(workspace, [id]);
  });
}

/**
 * Adds a review cycle (the 2030 forum, say), optionally with milestones, and returns its id. Throws
 * if the id is taken or the input is invalid.
 */
export function addCycle(
  workspace: Y.Doc,
  input: Omit<CycleInput, 'id' | 'sources' | 'confidence'> & Partial<CycleInput>,
  milestones: readonly Omit<MilestonePatch, 'cycleId'>[] = [],
): string {
  const cycle = CycleSchema.parse({
    sources: ENTERED,
    confidence: 'confirmed',
    ...stripUndefined(input),
    id: input.id ?? newId(),
  });
  const cycles = collection(workspace, 'cycles');
  if (cycles.has(cycle.id)) throw new Error(`a cycle with id "${cycle.id}" already exists`);
  workspace.transact(() => {
    const map = new Y.Map<unknown>();
    cycles.set(cycle.id, map);
    const { id: _id, ...rest } = cycle;
    writeFields(map, cycleFields(rest));
    for (const m of milestones) upsertMilestone(workspace, { ...m, cycleId: cycle.id });
  });
  return cycle.id;
}

/** Removes a cycle with its milestones and their checklists. Seeding will not bring a default cycle back. */
export function removeCycle(workspace: Y.Doc, id: string): void {
  const ids = listMilestones(workspace, id).map((m) => m.id);
  workspace.transact(() => {
    collection(workspace, 'cycles').delete(id);
    for (const m of ids) collection(workspace, 'milestones').delete(m);
    removeChecklistFor(workspace, ids);
  });
}

/** The next milestone due on or after `now` (see dueDate), in one cycle or all; null when none is left. */
export function nextDeadline(
  workspace: Y.Doc,
  now: Date | string,
  cycleId?: string,
): { milestone: RoadmapMilestone; due: string } | null {
  return nextDue(listMilestones(workspace, cycleId), now);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
