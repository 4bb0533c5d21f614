import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { limitHeapGrowth } from './heapGrowth.ts';
import { resolveRelayConfig } from './options.ts';

describe('the heap growth cap (--heap-growth)', () => {
  it('defaults to 30% and refuses what is not a percentage from 0 to 400', () => {
    expect(resolveRelayConfig({}, {}).heapGrowthPercent).toBe(30);
    expect(resolveRelayConfig({ 'heap-growth': '0' }, {}).heapGrowthPercent).toBe(0);
    expect(resolveRelayConfig({}, { CONCORD_RELAY_HEAP_GROWTH: '50' }).heapGrowthPercent).toBe(50);
    expect(() => resolveRelayConfig({ 'heap-growth': '500' }, {})).toThrow(/--heap-growth/);
    expect(() => resolveRelayConfig({ 'heap-growth': '20%' }, {})).toThrow(/--heap-growth/);
  });

  it("leaves V8's own policy with 0, and an operator's node flag of the same name wins", () => {
    expect(limitHeapGrowth(0, [], '')).toBe(false);
    expect(limitHeapGrowth(30, ['--heap-growing-percent=80'], '')).toBe(false);
    expect(limitHeapGrowth(30, [], '--max-old-space-size=512 --heap_growing_percent=80')).toBe(false);
    try {
      expect(limitHeapGrowth(30, ['--max-old-space-size=512'], undefined)).toBe(true);
    } finally {
      v8.setFlagsFromString('--heap-growing-percent=0'); // this test process's own policy again
    }
  });
});
