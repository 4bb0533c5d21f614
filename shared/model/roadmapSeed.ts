import * as Y from 'yjs';
import type { CycleDefaults } from '../domain/cycles.ts';
import { DEFAULT_CYCLES } from '../domain/cycles.ts';
import { ROADMAP_FIELDS } from './roadmapFields.ts';
import { seedEntries } from './roadmapSeedFields.ts';
import { SEED_ORIGIN, entriesUpdate, seedFingerprint } from './roadmapSeedUpdate.ts';
import { refreshSeededCycle } from './roadmapRefresh.ts';

export { SEED_ORIGIN } from './roadmapSeedUpdate.ts';

const cache = new WeakMap<CycleDefaults, Uint8Array>();

/** The Yjs update that seeds one cycle, written by the fingerprint as client id (see entriesUpdate). */
function seedUpdate(defaults: CycleDefaults): Uint8Array {
  const hit = cache.get(defaults);
  if (hit) return hit;
  const fingerprint = seedFingerprint(defaults);
  const update = entriesUpdate(seedEntries(defaults), fingerprint, (seed) =>
    seed.getMap<string>(ROADMAP_FIELDS.seeds).set(defaults.cycle.id, fingerprint.toString(16)),
  );
  cache.set(defaults, update);
  return update;
}

/**
 * Seeds the workspace roadmap with each default cycle it has never held, and brings cycles seeded
 * from older defaults up to date where the coalition left them as seeded (roadmapRefresh.ts).
 * Idempotent, and safe when replicas seed concurrently. A cycle the coalition deleted is not brought
 * back. Returns the ids of the cycles seeded now.
 */
export function seedRoadmap(workspace: Y.Doc, defaults: readonly CycleDefaults[] = DEFAULT_CYCLES): string[] {
  const seeded = workspace.getMap<string>(ROADMAP_FIELDS.seeds);
  const added: string[] = [];
  for (const d of defaults) {
    const stored = seeded.get(d.cycle.id);
    if (stored === undefined) {
      Y.applyUpdate(workspace, seedUpdate(d), SEED_ORIGIN);
      added.push(d.cycle.id);
    } else if (stored !== seedFingerprint(d).toString(16)) {
      refreshSeededCycle(workspace, d, stored, seedFingerprint(d));
    }
  }
  return added;
}
