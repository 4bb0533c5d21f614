import type { Figure } from './result.ts';

/** The q-quantile (0..1) of `samples` by linear interpolation; NaN when there are none. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  // Infinity stands for an edit that never arrived; interpolating towards it gives Infinity, not NaN.
  if (lo === hi || sorted[lo] === sorted[hi]) return sorted[lo]!;
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The median of `samples`. */
function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

/** Median with p25/p75 spread: the usual figure for repeated timings. */
export function medianFigure(samples: readonly number[], unit: string): Figure {
  return {
    value: median(samples),
    unit,
    spread: { p25: quantile(samples, 0.25), p75: quantile(samples, 0.75) },
    n: samples.length,
  };
}

/** A percentile of pooled samples, with the min/max of the same percentile over each repetition as spread. */
export function percentileFigure(
  pooled: readonly number[],
  perRun: readonly (readonly number[])[],
  q: number,
  unit: string,
): Figure {
  const runs = perRun.filter((r) => r.length > 0).map((r) => quantile(r, q));
  return {
    value: quantile(pooled, q),
    unit,
    spread: runs.length > 1 ? { min: Math.min(...runs), max: Math.max(...runs) } : undefined,
    n: pooled.length,
  };
}

/** A single measured value repeated over runs: median and min/max. */
export function runsFigure(values: readonly number[], unit: string): Figure {
  return {
    value: median(values),
    unit,
    spread: values.length > 1 ? { min: Math.min(...values), max: Math.max(...values) } : undefined,
    n: values.length,
  };
}

/** A value with no spread (a size, a count). */
export function exact(value: number, unit: string): Figure {
  return { value, unit };
}
