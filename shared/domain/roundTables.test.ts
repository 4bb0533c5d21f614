import { describe, expect, it } from 'vitest';
import { ROUND_TABLES, ROUND_TABLE_CLUSTERS, roundTableOfObjective } from './roundTables.ts';
import { DIALOGUE_THEMES } from './dialogueThemes.ts';

describe('round tables', () => {
  it('partition objectives 1-23 exactly', () => {
    const all = ROUND_TABLES.flatMap((rt) => rt.objectives).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(ROUND_TABLES.map((rt) => rt.number)).toEqual([1, 2, 3, 4]);
    expect(roundTableOfObjective(13)?.number).toBe(2);
  });

  it('say per forum whether the clusters were used, with a note where they are not confirmed', () => {
    expect(ROUND_TABLE_CLUSTERS.map((c) => [c.cycleId, c.confidence])).toEqual([
      ['imrf-2022', 'confirmed'],
      ['imrf-2026', 'unconfirmed'],
      ['imrf-2030', 'projected'],
    ]);
    for (const c of ROUND_TABLE_CLUSTERS) if (c.confidence !== 'confirmed') expect(c.unconfirmedNote).toBeTruthy();
  });

  it('has one dialogue per cluster and the six emerging themes, each emerging theme with objectives', () => {
    expect(DIALOGUE_THEMES.filter((d) => d.kind === 'cluster')).toHaveLength(4);
    const emerging = DIALOGUE_THEMES.filter((d) => d.kind === 'emerging');
    expect(emerging.map((d) => d.title)).toEqual([
      'Climate change',
      'Preventing loss of life',
      'Alternatives to immigration detention',
      'Youth',
      'Inclusive societies',
      'COVID-19 response and recovery',
    ]);
    for (const d of emerging) expect(d.objectives?.length).toBeGreaterThan(0);
  });
});
