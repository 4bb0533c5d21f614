import { describe, expect, it } from 'vitest';
import { DEFAULT_CYCLES } from '../../../domain/cycles.ts';
import { roadmapEn } from './en.ts';

const english: Record<string, string> = roadmapEn;

describe('the roadmap messages', () => {
  it('hold every shipped cycle and milestone in the domain data’s own English words', () => {
    const expected: Record<string, string> = {};
    for (const { cycle, milestones } of DEFAULT_CYCLES)
      for (const item of [cycle, ...milestones]) {
        expected[`roadmapData.${item.id}.title`] = item.title;
        expected[`roadmapData.${item.id}.description`] = item.description;
        if ('unconfirmedNote' in item && item.unconfirmedNote)
          expected[`roadmapData.${item.id}.note`] = item.unconfirmedNote;
      }
    // A changed or added milestone in shared/domain must be changed here too (and translated).
    expect(english).toEqual(expected);
  });
});
