import * as Y from 'yjs';

/**
 * Where the roadmap lives in the workspace Y.Doc. Each collection is a root-level Y.Map (root types
 * never conflict, so replicas that create them concurrently still share one), keyed by id, whose
 * values are Y.Maps: concurrent edits to different fields of one milestone or item both survive.
 */
export const ROADMAP_FIELDS = {
  cycles: 'roadmapCycles',
  milestones: 'roadmapMilestones',
  checklist: 'roadmapChecklist',
  /** cycle id -> fingerprint of the defaults it was seeded from. */
  seeds: 'roadmapSeeds',
  /** "milestones/<id>" (and cycles/, checklist/) -> the fields as last seeded, to tell edits from defaults. */
  seedValues: 'roadmapSeedValues',
} as const;

export type FieldMap = Y.Map<unknown>;

/** One of the roadmap's root collections. */
export function collection(doc: Y.Doc, name: 'cycles' | 'milestones' | 'checklist'): Y.Map<FieldMap> {
  return doc.getMap<FieldMap>(ROADMAP_FIELDS[name]);
}

/** Sets the given fields on a Y.Map, skipping undefined and unchanged values so no-op edits make no updates. */
export function writeFields(map: FieldMap, fields: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const current = map.get(key);
    const same =
      typeof value === 'object' && value !== null
        ? JSON.stringify(current) === JSON.stringify(value)
        : current === value;
    if (!same) map.set(key, value);
  }
}

/** A Y.Map's fields as a plain object (nested shared types are skipped: they never hold roadmap data). */
export function readFields(map: FieldMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.forEach((value, key) => {
    if (!(value instanceof Y.AbstractType)) out[key] = value;
  });
  return out;
}

/** `undefined` for null, so optional schema fields read cleanly from maps that store null. */
export function orUndefined<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}
