/** Milliseconds from a monotonic clock, with sub-millisecond resolution. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * Microseconds of CLOCK_MONOTONIC. On Linux every process reads the same clock, so a timestamp
 * taken in one process can be compared with one taken in another on the same machine.
 */
export function sharedClockUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
