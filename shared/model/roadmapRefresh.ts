import * as Y from 'yjs';
import type { CycleDefaults } from '../domain/cycles.ts';
import { ROADMAP_FIELDS, collection } from './roadmapFields.ts';
import type { FieldMap } from './roadmapFields.ts';
import type { SeedEntry } from './roadmapSeedFields.ts';
import { seedEntries, seedValueKey } from './roadmapSeedFields.ts';
import { SEED_ORIGIN, additionsClientId, entriesUpdate } from './roadmapSeedUpdate.ts';
import { presence, recordSeeded, refreshFields } from './roadmapRefreshFields.ts';
import { refreshChecklist } from './roadmapRefreshChecklist.ts';

/**
 * Brings a cycle seeded from older defaults up to `defaults` (corrected dates, sources, new
 * milestones, ideas moved between milestones) without touching what the coalition changed: a field
 * is updated only where it still holds its seeded value, and entries the coalition deleted stay
 * deleted (checklist moves: roadmapRefreshChecklist.ts). New entries arrive in one content-addressed
 * update (see entriesUpdate), so replicas refreshing concurrently merge into one copy. Nothing
 * happens if the coalition deleted the cycle.
 */
export function refreshSeededCycle(
  workspace: Y.Doc,
  defaults: CycleDefaults,
  stored: string,
  fingerprint: number,
): void {
  if (presence(collection(workspace, 'cycles'), defaults.cycle.id) !== 'live') return;
  const seedClient = Number.parseInt(stored, 16);
  const values = workspace.getMap<Record<string, unknown>>(ROADMAP_FIELDS.seedValues);
  const entries = seedEntries(defaults);
  const fresh: SeedEntry[] = [];
  workspace.transact(() => {
    for (const entry of entries) {
      if (entry.collection === 'checklist') continue;
      const parent = collection(workspace, entry.collection);
      const state = presence(parent, entry.id);
      if (state === 'never') fresh.push(entry);
      if (state !== 'live') continue;
      refreshFields(parent.get(entry.id) as FieldMap, entry.fields, values.get(seedValueKey(entry)), seedClient);
      recordSeeded(values, seedValueKey(entry), entry.fields);
    }
    const items = entries.filter((e) => e.collection === 'checklist');
    fresh.push(...refreshChecklist(workspace, defaults, items, values, seedClient));
    workspace.getMap<string>(ROADMAP_FIELDS.seeds).set(defaults.cycle.id, fingerprint.toString(16));
  }, SEED_ORIGIN);
  if (fresh.length) Y.applyUpdate(workspace, entriesUpdate(fresh, additionsClientId(fresh)), SEED_ORIGIN);
}
