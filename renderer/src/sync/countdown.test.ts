import { describe, expect, it } from 'vitest';
import { secondsLeft, untilNextSecond } from './countdown.ts';

describe('countdown', () => {
  it('shows whole seconds rounded up, never below one', () => {
    expect(secondsLeft(10_000, 2_100)).toBe(8);
    expect(secondsLeft(10_000, 2_000)).toBe(8);
    expect(secondsLeft(10_000, 1_999)).toBe(9);
    expect(secondsLeft(10_000, 9_999)).toBe(1);
    expect(secondsLeft(10_000, 12_000)).toBe(1);
  });

  it('wakes exactly when the number shown changes', () => {
    for (const now of [0, 150, 999, 1_000, 2_100, 8_500, 8_999]) {
      const shown = secondsLeft(10_000, now);
      const wait = untilNextSecond(10_000, now);
      expect(secondsLeft(10_000, now + wait - 1)).toBe(shown);
      if (now + wait < 10_000) expect(secondsLeft(10_000, now + wait)).toBe(shown - 1);
    }
    expect(untilNextSecond(10_000, 9_600)).toBe(400);
    expect(untilNextSecond(10_000, 10_500)).toBe(1);
  });
});
