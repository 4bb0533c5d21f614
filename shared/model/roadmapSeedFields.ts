import type { CycleDefaults } from '../domain/cycles.ts';
import type { Cycle, Milestone } from '../domain/milestone.ts';
import { checklistItemId } from './checklist.ts';

/** Fields of a milestone as stored in its Y.Map (start and end apart, so they merge independently). */
export function milestoneFields(m: Omit<Milestone, 'id' | 'checklist'>): Record<string, unknown> {
  return {
    cycleId: m.cycleId,
    title: m.title,
    start: m.date.start,
    end: m.date.end ?? null,
    precision: m.precision,
    kind: m.kind,
    region: m.region ?? null,
    description: m.description,
    sources: m.sources,
    confidence: m.confidence,
    unconfirmedNote: m.unconfirmedNote ?? null,
  };
}

/** Fields of a cycle as stored in its Y.Map. */
export function cycleFields(c: Omit<Cycle, 'id'>): Record<string, unknown> {
  return {
    title: c.title,
    startYear: c.startYear,
    endYear: c.endYear,
    description: c.description,
    sources: c.sources,
    confidence: c.confidence,
  };
}

/** One entry a cycle's defaults put into the workspace: which collection, its id, its fields. */
export interface SeedEntry {
  readonly collection: 'cycles' | 'milestones' | 'checklist';
  readonly id: string;
  readonly fields: Record<string, unknown>;
}

/** Every entry of a cycle's defaults: the cycle, its milestones and their checklist items, in order. */
export function seedEntries(defaults: CycleDefaults): SeedEntry[] {
  const { cycle, milestones } = defaults;
  const { id: cycleId, ...cycleRest } = cycle;
  const out: SeedEntry[] = [{ collection: 'cycles', id: cycleId, fields: cycleFields(cycleRest) }];
  for (const m of milestones) {
    const { id, checklist, ...rest } = m;
    out.push({ collection: 'milestones', id, fields: milestoneFields(rest) });
    checklist.forEach((item, order) => {
      const fields = { milestoneId: id, text: item.text, done: false, assignee: null, order, sources: item.sources };
      out.push({ collection: 'checklist', id: checklistItemId(id, item.id), fields });
    });
  }
  return out;
}

/** The key of an entry in the map of seeded values (see ROADMAP_FIELDS.seedValues). */
export function seedValueKey(entry: Pick<SeedEntry, 'collection' | 'id'>): string {
  return `${entry.collection}/${entry.id}`;
}
