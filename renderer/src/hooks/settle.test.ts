import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_WAIT_MS, SETTLE_MS, Settler, whenReleased } from './settle.ts';

let runs = 0;
let settler: Settler;
const press = (type: 'pointerdown' | 'pointerup') => window.dispatchEvent(new PointerEvent(type));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  runs = 0;
  settler = new Settler(() => runs++);
});
afterEach(() => {
  settler.cancel();
  vi.useRealTimers();
});

describe('Settler', () => {
  it('waits for the changes to pause', () => {
    settler.changed();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    settler.changed();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
  });

  it('still runs every MAX_WAIT_MS while changes keep coming', () => {
    for (let t = 0; t < MAX_WAIT_MS * 3; t += 50) {
      settler.changed();
      vi.advanceTimersByTime(50);
    }
    expect(runs).toBe(3);
  });

  it("runs at once for the user's own action", () => {
    settler.changed();
    settler.changed(true);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(runs).toBe(1);
  });

  it('holds a due run while a pointer is pressed, and runs it after the release', () => {
    press('pointerdown');
    settler.changed();
    vi.advanceTimersByTime(MAX_WAIT_MS * 5);
    expect(runs).toBe(0);
    press('pointerup');
    expect(runs).toBe(0); // not between pointerup and the click that follows
    vi.advanceTimersByTime(0);
    expect(runs).toBe(1);
  });

  it('flushes a waiting change on demand, and forgets it when cancelled', () => {
    settler.flushPending();
    expect(runs).toBe(0);
    settler.changed();
    settler.flushPending();
    expect(runs).toBe(1);
    settler.changed();
    settler.cancel();
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(runs).toBe(1);
  });
});

describe('whenReleased', () => {
  it('runs at once when no pointer is pressed', () => {
    whenReleased(() => runs++);
    expect(runs).toBe(1);
  });

  it('waits for the whole release while a pointer is pressed, and can be cancelled', () => {
    press('pointerdown');
    whenReleased(() => runs++);
    const cancel = whenReleased(() => (runs += 10));
    cancel();
    vi.advanceTimersByTime(10_000);
    expect(runs).toBe(0);
    press('pointerup');
    expect(runs).toBe(0);
    vi.advanceTimersByTime(0);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(runs).toBe(1);
  });
});
