import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_CYCLES, DEFAULT_MILESTONES } from '../domain/cycles.ts';
import {
  addCycle,
  getMilestone,
  listCycles,
  listMilestones,
  nextDeadline,
  removeCycle,
  removeMilestone,
  seedRoadmap,
  upsertMilestone,
} from './roadmap.ts';
import { addChecklistItem, listChecklist } from './checklist.ts';
import { projectCycle, shiftYears } from './projectCycle.ts';
import { onRoadmapChange } from './roadmapObserve.ts';
import { SEED_ORIGIN } from './roadmapSeed.ts';

const defaultChecklistCount = DEFAULT_MILESTONES.reduce((n, m) => n + m.checklist.length, 0);

describe('roadmap seeding', () => {
  it('seeds the default cycles, milestones and checklists once', () => {
    const ws = new Y.Doc();
    expect(seedRoadmap(ws)).toEqual(['imrf-2022', 'imrf-2026', 'imrf-2030']);
    expect(seedRoadmap(ws)).toEqual([]);
    expect(listCycles(ws).map((c) => c.id)).toEqual(['imrf-2022', 'imrf-2026', 'imrf-2030']);
    expect(listMilestones(ws)).toHaveLength(DEFAULT_MILESTONES.length);
    expect(listMilestones(ws, 'imrf-2026')).toHaveLength(DEFAULT_CYCLES[1]!.milestones.length);
    const hearing = getMilestone(ws, 'imrf-2022.hearing');
    const { checklist: _c, ...expected } = DEFAULT_MILESTONES.find((m) => m.id === 'imrf-2022.hearing')!;
    expect(hearing).toEqual(expected);
    expect(listChecklist(ws, 'imrf-2022.hearing').map((i) => i.id)).toEqual([
      'imrf-2022.hearing:hearing-register',
      'imrf-2022.hearing:hearing-side-events',
    ]);
    const total = DEFAULT_MILESTONES.reduce((n, m) => n + listChecklist(ws, m.id).length, 0);
    expect(total).toBe(defaultChecklistCount);
  });

  it('tells observers once per transaction, with the seeding origin', () => {
    const ws = new Y.Doc();
    const origins: unknown[] = [];
    const stop = onRoadmapChange(ws, (origin) => origins.push(origin));
    seedRoadmap(ws);
    addChecklistItem(ws, 'imrf-2022.hearing', 'Book travel');
    stop();
    addChecklistItem(ws, 'imrf-2022.hearing', 'Unheard');
    expect(origins).toEqual([SEED_ORIGIN, SEED_ORIGIN, SEED_ORIGIN, null]);
  });

  it('does not bring back a default cycle the coalition removed', () => {
    const ws = new Y.Doc();
    seedRoadmap(ws);
    removeCycle(ws, 'imrf-2022');
    expect(seedRoadmap(ws)).toEqual([]);
    expect(listCycles(ws).map((c) => c.id)).toEqual(['imrf-2026', 'imrf-2030']);
    expect(listMilestones(ws, 'imrf-2022')).toEqual([]);
    expect(listChecklist(ws, 'imrf-2022.hearing')).toEqual([]);
  });
});

describe('roadmap editing', () => {
  it('edits milestones, confirms a date (dropping its note) and adds a 2034 cycle with no code change', () => {
    const ws = new Y.Doc();
    seedRoadmap(ws);
    upsertMilestone(ws, { id: 'imrf-2030.hearing', date: { start: '2030-05-13' }, confidence: 'confirmed' });
    expect(getMilestone(ws, 'imrf-2030.hearing')).toMatchObject({
      date: { start: '2030-05-13' },
      confidence: 'confirmed',
      unconfirmedNote: undefined,
    });
    upsertMilestone(ws, { id: 'imrf-2030.forum', date: { start: '2030-05-14', end: '2030-05-17' } });
    expect(getMilestone(ws, 'imrf-2030.forum')).toMatchObject({ confidence: 'projected' });
    expect(getMilestone(ws, 'imrf-2030.forum')?.unconfirmedNote).toMatch(/A\/RES\/73\/326/);
    expect(() => upsertMilestone(ws, { id: 'imrf-2026.hearing', date: { start: 'tomorrow' } })).toThrow();
    const cycle = addCycle(
      ws,
      { id: 'imrf-2034', title: 'Fourth review cycle (2030-2034)', startYear: 2030, endYear: 2034 },
      [
        {
          id: 'imrf-2034.forum',
          title: 'International Migration Review Forum 2034',
          kind: 'forum',
          date: { start: '2034-05-09' },
        },
      ],
    );
    expect(listCycles(ws).map((c) => c.id)).toEqual(['imrf-2022', 'imrf-2026', 'imrf-2030', cycle]);
    expect(nextDeadline(ws, '2030-06-01')?.milestone.id).toBe('imrf-2034.forum');
    const id = upsertMilestone(ws, {
      cycleId: cycle,
      title: 'Hearing',
      kind: 'hearing',
      date: { start: '2034-05-08' },
    });
    expect(nextDeadline(ws, '2030-06-01')).toEqual({ milestone: getMilestone(ws, id), due: '2034-05-08' });
    expect(() => addCycle(ws, { id: 'imrf-2034', title: 'Again', startYear: 2030, endYear: 2034 })).toThrow(/exists/);
    expect(() =>
      upsertMilestone(ws, { cycleId: 'nope', title: 'x', kind: 'other', date: { start: '2030-01-01' } }),
    ).toThrow(/cycle/);
    removeMilestone(ws, id);
    expect(getMilestone(ws, id)).toBeNull();
  });

  it('projects the next cycle from the last one, dates marked projected', () => {
    const ws = new Y.Doc();
    seedRoadmap(ws);
    projectCycle(ws, 'imrf-2030', { id: 'imrf-2034' });
    const cycle = listCycles(ws).at(-1)!;
    expect(cycle).toMatchObject({
      id: 'imrf-2034',
      title: 'Third review cycle (2030-2034)',
      startYear: 2030,
      endYear: 2034,
      confidence: 'projected',
    });
    const forum = getMilestone(ws, 'imrf-2034.forum');
    expect(forum).toMatchObject({
      title: 'International Migration Review Forum 2034',
      date: { start: '2034-05-07', end: '2034-05-10' },
      confidence: 'projected',
    });
    expect(listChecklist(ws, 'imrf-2034.forum').map((i) => i.text)).toEqual(
      listChecklist(ws, 'imrf-2030.forum').map((i) => i.text),
    );
    expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(() => projectCycle(ws, 'imrf-2030', { id: 'imrf-2034' })).toThrow(/exists/);
  });

  it('keeps added checklist items in order', () => {
    const ws = new Y.Doc();
    seedRoadmap(ws);
    const a = addChecklistItem(ws, 'imrf-2022.adoption', 'Publish our reaction');
    const b = addChecklistItem(ws, 'imrf-2022.adoption', 'Brief members');
    expect(listChecklist(ws, 'imrf-2022.adoption').map((i) => i.id)).toEqual([a, b]);
    expect(() => addChecklistItem(ws, 'nope', 'x')).toThrow(/milestone/);
    expect(() => addChecklistItem(ws, 'imrf-2022.adoption', '   ')).toThrow();
  });
});
