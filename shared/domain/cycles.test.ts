import { describe, expect, it } from 'vitest';
import { DEFAULT_CYCLES, DEFAULT_MILESTONES, defaultMilestone } from './cycles.ts';
import { CycleSchema, MilestoneSchema } from './milestone.ts';
import { IDEA_GROUPS, ideasForAction } from './ideasForAction.ts';
import { dueDate, nextDue, upcoming } from './deadlines.ts';

describe('review cycles', () => {
  it('ship 2020-2022 and 2024-2026', () => {
    expect(DEFAULT_CYCLES.map((c) => [c.cycle.id, c.cycle.startYear, c.cycle.endYear])).toEqual([
      ['imrf-2022', 2020, 2022],
      ['imrf-2026', 2024, 2026],
    ]);
    for (const { cycle } of DEFAULT_CYCLES) expect(CycleSchema.parse(cycle)).toEqual(cycle);
  });

  it('every milestone validates, has a date and a source, and belongs to its cycle', () => {
    const ids = new Set<string>();
    for (const { cycle, milestones } of DEFAULT_CYCLES) {
      for (const m of milestones) {
        expect(MilestoneSchema.parse(m)).toEqual(m);
        expect(m.date.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(m.sources.length).toBeGreaterThan(0);
        expect(m.cycleId).toBe(cycle.id);
        expect(Number(m.date.start.slice(0, 4))).toBeGreaterThanOrEqual(cycle.startYear);
        expect(Number((m.date.end ?? m.date.start).slice(0, 4))).toBeLessThanOrEqual(cycle.endYear);
        expect(ids.has(m.id)).toBe(false);
        ids.add(m.id);
        for (const item of m.checklist) expect(item.sources.length).toBeGreaterThan(0);
        if (m.confidence === 'unconfirmed') expect(m.unconfirmedNote).toBeTruthy();
      }
    }
  });

  it('marks what the facts file leaves unconfirmed', () => {
    expect(defaultMilestone('imrf-2022.adoption')?.unconfirmedNote).toContain('A/RES/76/266');
    expect(defaultMilestone('imrf-2026.declaration')?.confidence).toBe('unconfirmed');
    expect(defaultMilestone('imrf-2026.review-asia-pacific')?.confidence).toBe('unconfirmed');
    expect(defaultMilestone('imrf-2026.sg-report')?.unconfirmedNote).toMatch(/symbol/);
  });

  it('puts every briefing idea for action on at least one milestone', () => {
    const onMilestones = new Set(DEFAULT_MILESTONES.flatMap((m) => m.checklist.map((c) => c.text)));
    for (const group of IDEA_GROUPS)
      for (const idea of ideasForAction(group)) expect(onMilestones.has(idea.text)).toBe(true);
    expect(defaultMilestone('imrf-2022.hearing')?.checklist.map((c) => c.id)).toEqual([
      'hearing-register',
      'hearing-side-events',
    ]);
    expect(defaultMilestone('imrf-2022.review-africa')?.checklist.map((c) => c.id)).toEqual([
      'vnr-participatory',
      'vnr-own-assessment',
    ]);
    expect(defaultMilestone('imrf-2026.forum')?.checklist.map((c) => c.id)).toContain('pledge-develop');
  });

  it('finds the next deadline', () => {
    expect(dueDate({ kind: 'consultation', date: { start: '2021-11-01', end: '2022-01-31' } })).toBe('2022-01-31');
    expect(dueDate({ kind: 'forum', date: { start: '2022-05-17', end: '2022-05-20' } })).toBe('2022-05-17');
    expect(nextDue(DEFAULT_MILESTONES, '2022-05-13')?.milestone.id).toBe('imrf-2022.hearing');
    expect(nextDue(DEFAULT_MILESTONES, new Date('2026-05-04T12:00:00Z'))?.milestone.id).toBe('imrf-2026.hearing');
    expect(nextDue(DEFAULT_MILESTONES, '2026-06-01')).toBeNull();
    expect(upcoming(DEFAULT_MILESTONES, '2026-01-01').map((m) => m.id)).toEqual([
      'imrf-2026.hearing',
      'imrf-2026.forum',
      'imrf-2026.declaration',
    ]);
  });
});
