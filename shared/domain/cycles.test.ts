import { describe, expect, it } from 'vitest';
import { DEFAULT_CYCLES, DEFAULT_MILESTONES, defaultMilestone } from './cycles.ts';
import { CycleSchema, MilestoneSchema } from './milestone.ts';
import { IDEA_GROUPS, ideasForAction } from './ideasForAction.ts';
import { dueDate, nextDue, upcoming } from './deadlines.ts';
import { isUncertain } from './sources.ts';

describe('review cycles', () => {
  it('ship 2020-2022, 2024-2026 and the projected 2026-2030', () => {
    expect(DEFAULT_CYCLES.map((c) => [c.cycle.id, c.cycle.startYear, c.cycle.endYear, c.cycle.confidence])).toEqual([
      ['imrf-2022', 2020, 2022, 'confirmed'],
      ['imrf-2026', 2024, 2026, 'confirmed'],
      ['imrf-2030', 2026, 2030, 'projected'],
    ]);
    for (const { cycle } of DEFAULT_CYCLES) expect(CycleSchema.parse(cycle)).toEqual(cycle);
  });

  it('every milestone validates, has a date and a source, belongs to its cycle and says what is uncertain', () => {
    const ids = new Set<string>();
    for (const { cycle, milestones } of DEFAULT_CYCLES) {
      for (const m of milestones) {
        expect(MilestoneSchema.parse(m)).toEqual(m);
        expect(m.sources.length).toBeGreaterThan(0);
        expect(m.cycleId).toBe(cycle.id);
        expect(Number(m.date.start.slice(0, 4))).toBeGreaterThanOrEqual(cycle.startYear);
        expect(Number((m.date.end ?? m.date.start).slice(0, 4))).toBeLessThanOrEqual(cycle.endYear);
        expect(ids.has(m.id)).toBe(false);
        ids.add(m.id);
        for (const item of m.checklist) expect(item.sources.length).toBeGreaterThan(0);
        if (isUncertain(m.confidence)) expect(m.unconfirmedNote, m.id).toBeTruthy();
        // A note that says something is unconfirmed never sits on a confirmed milestone.
        if (m.confidence === 'confirmed') expect(m.unconfirmedNote, m.id).toBeUndefined();
        if (m.kind === 'regional-review') expect(m.region, m.id).toBeDefined();
      }
      expect(milestones.map((m) => m.date.start)).toEqual([...milestones.map((m) => m.date.start)].sort());
    }
  });

  it('projects every date of the 2026-2030 cycle, and enters the 2026 follow-up as unconfirmed', () => {
    const cycle = DEFAULT_CYCLES.find((c) => c.cycle.id === 'imrf-2030')!;
    const followUp = cycle.milestones.filter((m) => m.kind === 'follow-up');
    expect(followUp.map((m) => m.confidence)).toEqual(['unconfirmed', 'unconfirmed']);
    for (const m of cycle.milestones.filter((x) => x.kind !== 'follow-up'))
      expect(m.confidence, m.id).toBe('projected');
  });

  it('puts every briefing idea for action on at least one milestone', () => {
    const onMilestones = new Set(DEFAULT_MILESTONES.flatMap((m) => m.checklist.map((c) => c.text)));
    for (const group of IDEA_GROUPS)
      for (const idea of ideasForAction(group)) expect(onMilestones.has(idea.text)).toBe(true);
  });

  it('finds the next deadline', () => {
    expect(dueDate({ kind: 'consultation', date: { start: '2021-11-01', end: '2022-01-31' } })).toBe('2022-01-31');
    expect(dueDate({ kind: 'forum', date: { start: '2022-05-17', end: '2022-05-20' } })).toBe('2022-05-17');
    expect(nextDue(DEFAULT_MILESTONES, '2022-05-13')?.milestone.id).toBe('imrf-2022.hearing');
    expect(nextDue(DEFAULT_MILESTONES, new Date('2026-05-04T12:00:00Z'))?.milestone.id).toBe('imrf-2026.hearing');
    expect(nextDue(DEFAULT_MILESTONES, '2026-12-01')?.milestone.id).toBe('imrf-2030.monitoring-plan');
    expect(nextDue(DEFAULT_MILESTONES, '2030-05-11')).toBeNull();
    expect(
      upcoming(DEFAULT_MILESTONES, '2026-05-01')
        .map((m) => m.id)
        .slice(0, 3),
    ).toEqual(['imrf-2026.hearing', 'imrf-2026.round-tables', 'imrf-2026.forum']);
    expect(defaultMilestone('imrf-2030.forum')?.date).toEqual({ start: '2030-05-07', end: '2030-05-10' });
  });
});
