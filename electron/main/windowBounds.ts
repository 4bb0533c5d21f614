/** A rectangle in screen coordinates (Electron's Rectangle). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size a first window opens at (Electron centres it). */
export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const;
/** How much of a saved window must show on some display for it to be restored where it was. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * Where to open the window: the saved bounds when enough of them (including the title bar) lies on a
 * current display, shrunk to fit it; otherwise a default size with no position, so a window saved on a
 * monitor since unplugged does not open off screen.
 */
export function restoreBounds(
  saved: Rect | undefined,
  workAreas: readonly Rect[],
): Rect | { width: number; height: number } {
  if (saved) {
    const titleBar: Rect = { ...saved, height: Math.min(saved.height, MIN_VISIBLE.height) };
    const home = workAreas.find((area) => {
      const seen = overlap(titleBar, area);
      return (
        seen.width >= Math.min(MIN_VISIBLE.width, saved.width) &&
        seen.height >= Math.min(MIN_VISIBLE.height, saved.height)
      );
    });
    if (home)
      return {
        x: saved.x,
        y: saved.y,
        width: Math.min(saved.width, home.width),
        height: Math.min(saved.height, home.height),
      };
  }
  const largest = [...workAreas].sort((a, b) => b.width * b.height - a.width * a.height)[0];
  if (!largest) return { ...DEFAULT_WINDOW_SIZE };
  return {
    width: Math.min(DEFAULT_WINDOW_SIZE.width, largest.width),
    height: Math.min(DEFAULT_WINDOW_SIZE.height, largest.height),
  };
}
