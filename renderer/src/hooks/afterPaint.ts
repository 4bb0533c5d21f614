/**
 * Runs `fn` once what the page shows now has been painted: after the next frame and the one after
 * it has begun, in a task of its own. Work deferred this way (reading a long document that has just
 * opened) never holds back the frame that shows it. Returns the function that cancels it.
 */
export function afterPaint(fn: () => void): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      frame = 0;
      timer = setTimeout(fn, 0);
    });
  });
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (frame) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
  };
}
