import { describe, expect, it } from 'vitest';
import { DEFAULT_CYCLES } from '../../../domain/cycles.ts';
import { IDEA_GROUPS, ideasForAction } from '../../../domain/ideasForAction.ts';
import { checklistEn } from './en.ts';

const english: Record<string, string> = checklistEn;

describe('the checklist messages', () => {
  it('hold every shipped checklist item and idea for action in the domain data’s own English words', () => {
    const expected: Record<string, string> = {};
    const items = [
      ...DEFAULT_CYCLES.flatMap(({ milestones }) => milestones.flatMap((m) => m.checklist)),
      ...ideasForAction(...IDEA_GROUPS),
    ];
    for (const item of items) {
      const id = `checklistData.${item.id}`;
      // One id, one text: the roadmap finds an item's message by its shipped words.
      expect(expected[id] ?? item.text, id).toBe(item.text);
      expected[id] = item.text;
    }
    // A changed or added item in shared/domain must be changed here too (and translated).
    expect(english).toEqual(expected);
  });
});
