import * as Y from 'yjs';
import type { CycleDefaults } from '../domain/cycles.ts';
import { ROADMAP_FIELDS, collection } from './roadmapFields.ts';
import type { SeedEntry } from './roadmapSeedFields.ts';
import { seedValueKey } from './roadmapSeedFields.ts';

/** Transaction origin of seeding, so undo managers and observers can ignore it. */
export const SEED_ORIGIN = 'concord:roadmap-seed';

/** Bumped if the layout of seeded entries changes; part of every fingerprint. 2: seeded values kept. */
const SEED_FORMAT = 2;

/** FNV-1a, 32 bits: a stable fingerprint that needs no crypto API. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The fingerprint of a cycle's defaults; stored (in hex) once the workspace holds them. */
export function seedFingerprint(defaults: CycleDefaults): number {
  return fnv1a(`${SEED_FORMAT}\n${JSON.stringify(defaults)}`);
}

/**
 * A Yjs update holding `entries` (and their seeded values), written by a fixed client id derived from
 * the content, so every replica builds byte-identical structs: two replicas applying it offline at
 * the same time merge into one copy, and edits either makes afterwards land on shared maps and survive.
 */
export function entriesUpdate(
  entries: readonly SeedEntry[],
  clientId: number,
  after?: (seed: Y.Doc) => void,
): Uint8Array {
  const seed = new Y.Doc();
  seed.clientID = clientId;
  seed.transact(() => {
    const values = seed.getMap<unknown>(ROADMAP_FIELDS.seedValues);
    for (const entry of entries) {
      const map = new Y.Map<unknown>();
      collection(seed, entry.collection).set(entry.id, map);
      for (const [k, v] of Object.entries(entry.fields)) map.set(k, v);
      values.set(seedValueKey(entry), entry.fields);
    }
    after?.(seed);
  });
  const update = Y.encodeStateAsUpdate(seed);
  seed.destroy();
  return update;
}

/** Client id of the update that adds `entries` to a workspace seeded earlier (see entriesUpdate). */
export function additionsClientId(entries: readonly SeedEntry[]): number {
  return fnv1a(`${SEED_FORMAT}\nadd\n${JSON.stringify(entries)}`);
}
