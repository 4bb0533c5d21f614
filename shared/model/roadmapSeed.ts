import * as Y from 'yjs';
import type { CycleDefaults } from '../domain/cycles.ts';
import { DEFAULT_CYCLES } from '../domain/cycles.ts';
import type { Cycle, Milestone } from '../domain/milestone.ts';
import { ROADMAP_FIELDS, collection } from './roadmapFields.ts';
import { checklistItemId } from './checklist.ts';

/** Transaction origin of seeding, so undo managers and observers can ignore it. */
export const SEED_ORIGIN = 'concord:roadmap-seed';

/** Bumped if the layout of seeded entries changes; part of every fingerprint. */
const SEED_FORMAT = 1;

/** FNV-1a, 32 bits: a stable fingerprint of a cycle's defaults that needs no crypto API. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fields of a milestone as stored in its Y.Map (start and end apart, so they merge independently). */
export function milestoneFields(m: Omit<Milestone, 'id' | 'checklist'>): Record<string, unknown> {
  return {
    cycleId: m.cycleId,
    title: m.title,
    start: m.date.start,
    end: m.date.end ?? null,
    precision: m.precision,
    kind: m.kind,
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

function fill(parent: Y.Map<Y.Map<unknown>>, id: string, fields: Record<string, unknown>): void {
  const map = new Y.Map<unknown>();
  parent.set(id, map);
  for (const [k, v] of Object.entries(fields)) map.set(k, v);
}

const cache = new WeakMap<CycleDefaults, Uint8Array>();

/**
 * The Yjs update that seeds one cycle. It is written by a fixed client id derived from the content,
 * so every replica builds byte-identical structs: two replicas seeding offline at the same time merge
 * into one copy, and edits either makes afterwards land on shared maps and survive.
 */
function seedUpdate(defaults: CycleDefaults): Uint8Array {
  const hit = cache.get(defaults);
  if (hit) return hit;
  const fingerprint = fnv1a(`${SEED_FORMAT}\n${JSON.stringify(defaults)}`);
  const seed = new Y.Doc();
  seed.clientID = fingerprint;
  seed.transact(() => {
    const { cycle, milestones } = defaults;
    fill(collection(seed, 'cycles'), cycle.id, cycleFields(cycle));
    for (const m of milestones) {
      fill(collection(seed, 'milestones'), m.id, milestoneFields(m));
      m.checklist.forEach((item, order) => {
        const fields = {
          milestoneId: m.id,
          text: item.text,
          done: false,
          assignee: null,
          order,
          sources: item.sources,
        };
        fill(collection(seed, 'checklist'), checklistItemId(m.id, item.id), fields);
      });
    }
    seed.getMap<string>(ROADMAP_FIELDS.seeds).set(cycle.id, fingerprint.toString(16));
  });
  const update = Y.encodeStateAsUpdate(seed);
  seed.destroy();
  cache.set(defaults, update);
  return update;
}

/**
 * Seeds the workspace roadmap with each default cycle it has never held. Idempotent, and safe when
 * replicas seed concurrently (see seedUpdate). A cycle the coalition deleted is not brought back.
 * Returns the ids of the cycles seeded now.
 */
export function seedRoadmap(workspace: Y.Doc, defaults: readonly CycleDefaults[] = DEFAULT_CYCLES): string[] {
  const seeded = workspace.getMap<string>(ROADMAP_FIELDS.seeds);
  const added: string[] = [];
  for (const d of defaults) {
    if (seeded.has(d.cycle.id)) continue;
    Y.applyUpdate(workspace, seedUpdate(d), SEED_ORIGIN);
    added.push(d.cycle.id);
  }
  return added;
}
