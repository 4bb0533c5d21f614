import { describe, expect, it } from 'vitest';
import { OpenError } from './openError.ts';
import { ReplayGuard } from './replayGuard.ts';

const a = { kind: 'update' as const, epoch: 0, device: new Uint8Array(16).fill(1) };
const b = { ...a, device: new Uint8Array(16).fill(2) };

describe('ReplayGuard', () => {
  it('lets each device count up independently and refuses replays and reorderings', () => {
    const guard = new ReplayGuard();
    for (const h of [
      { ...a, counter: 1 },
      { ...b, counter: 1 },
      { ...a, counter: 3 },
    ]) {
      guard.check(h);
      guard.accept(h);
    }
    expect(() => guard.check({ ...a, counter: 3 })).toThrow(expect.objectContaining({ failure: 'replayed' }));
    expect(() => guard.check({ ...a, counter: 2 })).toThrow(OpenError);
    expect(() => guard.check({ ...a, counter: 2 })).toThrow(/reordered/);
    expect(() => guard.check({ ...b, counter: 2 })).not.toThrow();
    expect(guard.last(a.device)).toBe(3);
  });
});
