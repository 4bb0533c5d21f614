import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, restoreBounds } from './windowBounds.ts';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('restoreBounds', () => {
  it('restores bounds that are on a display', () => {
    const saved = { x: 100, y: 80, width: 1000, height: 700 };
    expect(restoreBounds(saved, [laptop])).toEqual(saved);
    expect(restoreBounds({ x: 1600, y: 50, width: 1800, height: 1200 }, [laptop, monitor])).toEqual({
      x: 1600,
      y: 50,
      width: 1800,
      height: 1200,
    });
  });

  it('falls back to a default size when the display is gone', () => {
    expect(restoreBounds({ x: 1600, y: 50, width: 1800, height: 1200 }, [laptop])).toEqual(DEFAULT_WINDOW_SIZE);
    expect(restoreBounds({ x: 100, y: -500, width: 800, height: 400 }, [laptop])).toEqual(DEFAULT_WINDOW_SIZE);
  });

  it('shrinks to the display and copes with no saved bounds or displays', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 3000, height: 2000 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 875,
    });
    expect(restoreBounds(undefined, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({ width: 1024, height: 700 });
    expect(restoreBounds(undefined, [])).toEqual(DEFAULT_WINDOW_SIZE);
  });
});
