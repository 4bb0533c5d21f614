import type * as Y from 'yjs';
import { writeFields } from './roadmapFields.ts';
import type { FieldMap } from './roadmapFields.ts';

/** Fields as last seeded, by seedValueKey. */
export type SeededValues = Y.Map<Record<string, unknown>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * True when the coalition never changed this field since it was seeded: it still holds the seeded
 * value, or (workspaces seeded before values were kept) it was last written by the seeding client.
 */
export function untouched(
  map: FieldMap,
  field: string,
  seeded: Record<string, unknown> | undefined,
  seedClient: number,
): boolean {
  if (seeded) return same(map.get(field), seeded[field]);
  const item = map._map.get(field);
  return !item || (!item.deleted && item.id.client === seedClient);
}

/** Writes the new default of every field the coalition left as seeded. */
export function refreshFields(
  map: FieldMap,
  fields: Record<string, unknown>,
  seeded: Record<string, unknown> | undefined,
  seedClient: number,
): void {
  for (const [field, value] of Object.entries(fields))
    if (untouched(map, field, seeded, seedClient)) writeFields(map, { [field]: value });
}

/** Records what was seeded now, writing only when it changed. */
export function recordSeeded(values: SeededValues, key: string, fields: Record<string, unknown>): void {
  if (!same(values.get(key), fields)) values.set(key, fields);
}

/** Whether a key ever existed in a collection: a deleted entry leaves its item behind. */
export function presence(parent: Y.Map<FieldMap>, id: string): 'never' | 'deleted' | 'live' {
  const item = parent._map.get(id);
  return !item ? 'never' : item.deleted ? 'deleted' : 'live';
}
