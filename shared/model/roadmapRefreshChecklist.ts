import type * as Y from 'yjs';
import type { CycleDefaults } from '../domain/cycles.ts';
import { collection } from './roadmapFields.ts';
import type { FieldMap } from './roadmapFields.ts';
import type { SeedEntry } from './roadmapSeedFields.ts';
import { seedValueKey } from './roadmapSeedFields.ts';
import type { SeededValues } from './roadmapRefreshFields.ts';
import { presence, recordSeeded, refreshFields, untouched } from './roadmapRefreshFields.ts';

const ITEM_FIELDS = ['milestoneId', 'text', 'done', 'assignee', 'order', 'sources'];
const keyOf = (id: string) => seedValueKey({ collection: 'checklist', id });
/** The idea an item carries: "imrf-2026.hearing:hearing-register" holds "hearing-register". */
const ideaOf = (id: string) => id.slice(id.lastIndexOf(':') + 1);

/**
 * Refreshes a cycle's default checklist items. An idea the new defaults put on another milestone is
 * moved there by rewriting its item's milestone (a field edit, so a concurrent tick or assignment
 * survives) unless the coalition moved it itself; a default the new data dropped is removed only if
 * untouched. Entries with no item to stand for them are returned, to be added.
 */
export function refreshChecklist(
  workspace: Y.Doc,
  defaults: CycleDefaults,
  entries: readonly SeedEntry[],
  values: SeededValues,
  seedClient: number,
): SeedEntry[] {
  const items = collection(workspace, 'checklist');
  const milestones = collection(workspace, 'milestones');
  const wanted = new Set(entries.map((e) => e.id));
  const ofCycle = new Set(defaults.milestones.map((m) => m.id));
  const dropped = new Map<string, string[]>();
  items.forEach((map, id) => {
    if (wanted.has(id) || !ofCycle.has(String(map.get('milestoneId')))) return;
    const seeded = values.get(keyOf(id)) !== undefined || map._map.get('milestoneId')?.id.client === seedClient;
    if (seeded) dropped.set(ideaOf(id), [...(dropped.get(ideaOf(id)) ?? []), id]);
  });
  const used = new Set<string>();
  const fresh: SeedEntry[] = [];
  for (const entry of entries) {
    const state = presence(items, entry.id);
    const target = String(entry.fields.milestoneId);
    const milestone = presence(milestones, target);
    if (state === 'deleted' || milestone === 'deleted') continue;
    const standIn =
      state === 'live'
        ? entry.id
        : (dropped.get(ideaOf(entry.id)) ?? []).find((id) => {
            const map = items.get(id) as FieldMap;
            const movable = untouched(map, 'milestoneId', values.get(keyOf(id)), seedClient);
            return !used.has(id) && (map.get('milestoneId') === target || movable);
          });
    if (!standIn) {
      fresh.push(entry);
      continue;
    }
    used.add(standIn);
    refreshFields(items.get(standIn) as FieldMap, entry.fields, values.get(keyOf(standIn)), seedClient);
    recordSeeded(values, keyOf(standIn), entry.fields);
  }
  for (const id of [...dropped.values()].flat()) {
    if (used.has(id)) continue;
    const map = items.get(id) as FieldMap;
    if (!ITEM_FIELDS.every((f) => untouched(map, f, values.get(keyOf(id)), seedClient))) continue;
    items.delete(id);
    values.delete(keyOf(id));
  }
  return fresh;
}
