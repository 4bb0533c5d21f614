import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CycleDefaults } from '../domain/cycles.ts';
import type { Milestone } from '../domain/milestone.ts';
import { getMilestone, listMilestones, removeMilestone, seedRoadmap, upsertMilestone } from './roadmap.ts';
import { assignChecklistItem, listChecklist, toggleChecklistItem } from './checklist.ts';
import { ROADMAP_FIELDS } from './roadmapFields.ts';

const SRC = [{ label: 'Test source' }];
const item = (id: string, text: string) => ({ id, text, sources: SRC });
const ms = (m: Partial<Milestone> & Pick<Milestone, 'id' | 'title' | 'kind' | 'date'>): Milestone => ({
  cycleId: 'c',
  precision: 'day',
  description: '',
  sources: SRC,
  confidence: 'confirmed',
  checklist: [],
  ...m,
});
const cycle = { id: 'c', title: 'Cycle', startYear: 2024, endYear: 2026, description: '', sources: SRC } as const;

/** The defaults a workspace was seeded from: a wrong date, and the key messages on the adoption day. */
const V1: CycleDefaults = {
  cycle: { ...cycle, confidence: 'confirmed' },
  milestones: [
    ms({ id: 'c.review', title: 'Review', kind: 'regional-review', date: { start: '2025-01-01', end: '2025-03-31' } }),
    ms({ id: 'c.hearing', title: 'Hearing', kind: 'hearing', date: { start: '2026-05-04' } }),
    ms({
      id: 'c.adoption',
      title: 'Adoption',
      kind: 'adoption',
      date: { start: '2026-05-08' },
      checklist: [item('key-messages', 'Write key messages'), item('promote', 'Promote them')],
    }),
  ],
};

/** Corrected defaults: the real date, a source, a new milestone that now carries the key messages. */
const V2: CycleDefaults = {
  cycle: { ...cycle, confidence: 'confirmed' },
  milestones: [
    ms({ id: 'c.review', title: 'Review', kind: 'regional-review', date: { start: '2025-02-04', end: '2025-02-06' } }),
    ms({ id: 'c.hearing', title: 'Hearing', kind: 'hearing', date: { start: '2026-05-04' }, description: 'New York.' }),
    ms({
      id: 'c.zero-draft',
      title: 'Zero draft',
      kind: 'negotiation',
      date: { start: '2026-03-05' },
      checklist: [item('key-messages', 'Write key messages')],
    }),
    ms({ id: 'c.adoption', title: 'Adoption', kind: 'adoption', date: { start: '2026-05-08' } }),
  ],
};

/** A workspace seeded from V1 before seeded values were kept (the first seed format). */
function seededByOldFormat(): Y.Doc {
  const ws = new Y.Doc();
  seedRoadmap(ws, [V1]);
  const values = ws.getMap(ROADMAP_FIELDS.seedValues);
  for (const key of [...values.keys()]) values.delete(key);
  return ws;
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe.each([
  ['seeded values kept', () => seedWith(V1)],
  ['first seed format', seededByOldFormat],
])('refreshing a workspace seeded from older defaults (%s)', (_name, make) => {
  it('corrects what nobody edited, keeps what the coalition changed, moves untouched ideas', () => {
    const ws = make();
    upsertMilestone(ws, { id: 'c.hearing', title: 'Hearing (our title)' });
    toggleChecklistItem(ws, 'c.adoption:promote');
    expect(seedRoadmap(ws, [V2])).toEqual([]);

    expect(getMilestone(ws, 'c.review')?.date).toEqual({ start: '2025-02-04', end: '2025-02-06' });
    expect(getMilestone(ws, 'c.hearing')).toMatchObject({ title: 'Hearing (our title)', description: 'New York.' });
    expect(listMilestones(ws).map((m) => m.id)).toEqual(['c.review', 'c.zero-draft', 'c.hearing', 'c.adoption']);
    expect(listChecklist(ws, 'c.zero-draft').map((i) => i.text)).toEqual(['Write key messages']);
    // The untouched item moved; the ticked one stays where the coalition ticked it.
    expect(listChecklist(ws, 'c.adoption').map((i) => [i.text, i.done])).toEqual([['Promote them', true]]);

    const before = Y.encodeStateVector(ws);
    seedRoadmap(ws, [V2]);
    expect(Y.encodeStateVector(ws)).toEqual(before);
  });

  it('does not bring back what the coalition deleted, nor refresh a deleted cycle', () => {
    const ws = make();
    removeMilestone(ws, 'c.review');
    seedRoadmap(ws, [V2]);
    expect(getMilestone(ws, 'c.review')).toBeNull();
    expect(getMilestone(ws, 'c.zero-draft')).not.toBeNull();

    const gone = make();
    gone.getMap(ROADMAP_FIELDS.cycles).delete('c');
    seedRoadmap(gone, [V2]);
    expect(getMilestone(gone, 'c.zero-draft')).toBeNull();
  });

  it('converges when two replicas refresh apart, with one copy of each new entry', () => {
    const a = make();
    const b = new Y.Doc();
    exchange(a, b);
    assignChecklistItem(b, 'c.adoption:key-messages', 'member-1');
    seedRoadmap(a, [V2]);
    seedRoadmap(b, [V2]);
    upsertMilestone(a, { id: 'c.zero-draft', description: 'Circulated to missions.' });
    exchange(a, b);
    expect(JSON.stringify(a.getMap(ROADMAP_FIELDS.milestones).toJSON())).toBe(
      JSON.stringify(b.getMap(ROADMAP_FIELDS.milestones).toJSON()),
    );
    expect(getMilestone(b, 'c.zero-draft')?.description).toBe('Circulated to missions.');
    // The idea moved by a field edit on both sides, so b's concurrent assignment travelled with it.
    expect(listChecklist(a, 'c.zero-draft').map((i) => [i.text, i.assignee])).toEqual([
      ['Write key messages', 'member-1'],
    ]);
  });
});

function seedWith(defaults: CycleDefaults): Y.Doc {
  const ws = new Y.Doc();
  seedRoadmap(ws, [defaults]);
  return ws;
}
