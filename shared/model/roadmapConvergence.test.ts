import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_MILESTONES } from '../domain/cycles.ts';
import { getMilestone, listMilestones, seedRoadmap, upsertMilestone } from './roadmap.ts';
import {
  addChecklistItem,
  assignChecklistItem,
  editChecklistItem,
  listChecklist,
  toggleChecklistItem,
} from './checklist.ts';
import { addMember, listMembers } from './members.ts';

/** Sends each replica what the other is missing, both ways. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** The workspace's roadmap and members as JSON with sorted keys (map iteration order is local). */
function snapshot(doc: Y.Doc): string {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sortKeys)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, sortKeys(x)]),
          )
        : v;
  return JSON.stringify(
    sortKeys(
      ['roadmapCycles', 'roadmapMilestones', 'roadmapChecklist', 'roadmapSeeds', 'roadmapSeedValues', 'members'].map(
        (k) => doc.getMap(k).toJSON(),
      ),
    ),
  );
}

describe('two offline replicas', () => {
  it('seed concurrently into one roadmap, and concurrent ticks, assignments and additions all survive', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    seedRoadmap(a);
    seedRoadmap(b);
    const register = 'imrf-2022.hearing:hearing-register';
    const sideEvents = 'imrf-2022.hearing:hearing-side-events';

    // Both sides edit while still apart, on the same item and on the same milestone.
    const memberA = addMember(a, 'Migrant Rights Network');
    toggleChecklistItem(a, register);
    assignChecklistItem(b, register, 'member-b');
    editChecklistItem(b, sideEvents, 'Hold a side event on detention the day before the hearing');
    const addedA = addChecklistItem(a, 'imrf-2022.hearing', 'Draft the statement');
    const addedB = addChecklistItem(b, 'imrf-2022.hearing', 'Choose a speaker');
    upsertMilestone(a, { id: 'imrf-2022.hearing', title: 'Multi-stakeholder hearing (New York)' });
    upsertMilestone(b, { id: 'imrf-2022.hearing', description: 'Sessions to be announced.' });
    assignChecklistItem(a, addedA, memberA);

    exchange(a, b);
    expect(snapshot(a)).toBe(snapshot(b));

    expect(listMilestones(a)).toHaveLength(DEFAULT_MILESTONES.length);
    const items = listChecklist(a, 'imrf-2022.hearing');
    expect(items.map((i) => i.id).sort()).toEqual([register, sideEvents, addedA, addedB].sort());
    const byId = Object.fromEntries(items.map((i) => [i.id, i]));
    expect(byId[register]).toMatchObject({ done: true, assignee: 'member-b' });
    expect(byId[sideEvents]?.text).toBe('Hold a side event on detention the day before the hearing');
    expect(byId[addedA]).toMatchObject({ text: 'Draft the statement', assignee: memberA });
    expect(getMilestone(b, 'imrf-2022.hearing')).toMatchObject({
      title: 'Multi-stakeholder hearing (New York)',
      description: 'Sessions to be announced.',
    });
    expect(listMembers(b).map((m) => m.name)).toEqual(['Migrant Rights Network']);
  });

  it('converge when one seeds, edits, then meets a replica that seeded later', () => {
    const a = new Y.Doc();
    seedRoadmap(a);
    toggleChecklistItem(a, 'imrf-2022.forum:forum-briefings');
    const b = new Y.Doc();
    seedRoadmap(b);
    toggleChecklistItem(b, 'imrf-2022.forum:forum-briefings', false);
    exchange(a, b);
    expect(snapshot(a)).toBe(snapshot(b));
    // A second seeding after the merge changes nothing.
    const before = Y.encodeStateVector(a);
    seedRoadmap(a);
    expect(Y.encodeStateVector(a)).toEqual(before);
  });
});
