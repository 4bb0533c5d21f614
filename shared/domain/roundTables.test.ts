import { describe, expect, it } from 'vitest';
import { ROUND_TABLES, roundTableOfObjective } from './roundTables.ts';
import { DIALOGUE_THEMES } from './dialogueThemes.ts';

describe('round tables of 2022', () => {
  it('partition objectives 1-23 exactly', () => {
    const all = ROUND_TABLES.flatMap((rt) => rt.objectives).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(ROUND_TABLES.map((rt) => rt.number)).toEqual([1, 2, 3, 4]);
  });

  it('carry the briefing clusters', () => {
    expect(ROUND_TABLES.map((rt) => rt.objectives)).toEqual([
      [2, 5, 6, 12, 18],
      [4, 8, 9, 10, 11, 13, 21],
      [14, 15, 16, 19, 20, 22],
      [1, 3, 7, 17, 23],
    ]);
    expect(roundTableOfObjective(13)?.number).toBe(2);
  });

  it('flag the unconfirmed titles of round tables 3 and 4, with sources on all', () => {
    expect(ROUND_TABLES.map((rt) => rt.confidence)).toEqual(['confirmed', 'confirmed', 'unconfirmed', 'unconfirmed']);
    for (const rt of ROUND_TABLES) {
      expect(rt.sources.length).toBeGreaterThan(0);
      if (rt.confidence === 'unconfirmed') expect(rt.unconfirmedNote).toBeTruthy();
    }
  });

  it('has one dialogue per cluster and the six emerging themes', () => {
    expect(DIALOGUE_THEMES.filter((d) => d.kind === 'cluster')).toHaveLength(4);
    expect(DIALOGUE_THEMES.filter((d) => d.kind === 'emerging').map((d) => d.title)).toEqual([
      'Climate change',
      'Preventing loss of life',
      'Alternatives to immigration detention',
      'Youth',
      'Inclusive societies',
      'COVID-19 response and recovery',
    ]);
  });
});
