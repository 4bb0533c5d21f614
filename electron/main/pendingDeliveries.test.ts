import { describe, expect, it } from 'vitest';
import { PendingDeliveries } from './pendingDeliveries.ts';

describe('PendingDeliveries', () => {
  it('queues until someone listens, then delivers in order', () => {
    const pending = new PendingDeliveries<string>();
    const got: string[] = [];
    pending.push('a');
    pending.push('b');
    expect(got).toEqual([]);
    pending.listen((item) => got.push(item));
    pending.push('c');
    expect(got).toEqual(['a', 'b', 'c']);
    expect(pending.size).toBe(0);
  });

  it('queues again after a pause (a reload) and keeps only the newest past the limit', () => {
    const pending = new PendingDeliveries<number>(2);
    const got: number[] = [];
    pending.listen((item) => got.push(item));
    pending.pause();
    [1, 2, 3].forEach((n) => pending.push(n));
    pending.listen((item) => got.push(item));
    expect(got).toEqual([2, 3]);
  });
});
