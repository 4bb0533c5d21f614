import { useEffect, useState } from 'react';

/** Whole seconds left until `at` (epoch ms) as a countdown shows them: rounded up, never below one. */
export function secondsLeft(at: number, now: number): number {
  return Math.max(1, Math.ceil((at - now) / 1000));
}

/** Milliseconds until `secondsLeft(at, now)` next changes (when the next second starts), at least 1. */
export function untilNextSecond(at: number, now: number): number {
  const left = at - now;
  if (left <= 1000) return Math.max(1, left);
  return left % 1000 || 1000;
}

/**
 * The seconds left until `at`, re-rendering the moment the number changes (not on a one-second
 * interval that drifts against it); null when there is nothing to count down to.
 */
export function useCountdown(at: number | null): number | null {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (at === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      if (current < at) timer = setTimeout(tick, untilNextSecond(at, current));
    };
    tick(); // from now, not from when the badge mounted
    return () => clearTimeout(timer);
  }, [at]);
  return at === null ? null : secondsLeft(at, now);
}
