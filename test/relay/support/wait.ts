/**
 * Polls `condition` until it holds; throws with `what` after `timeoutMs` (generous: no timing assertions).
 * `what` may be a function: it is called on timeout, so the error can say what the state was then.
 */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string | (() => string),
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Lets pending I/O run (sockets flush) without waiting for a fixed time. */
export function tick(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}
