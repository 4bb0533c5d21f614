// The shape of bench/results/latest.json: one ScenarioResult per scenario (and size), with our
// figures, each baseline's figures under the same names, ratios, and the targets from issue 7.

/** Spread of a figure: interquartile range of the samples, or min/max over repetitions. */
export interface Spread {
  p25?: number;
  p75?: number;
  min?: number;
  max?: number;
}

/** One measured quantity. */
export interface Figure {
  value: number;
  unit: string;
  spread?: Spread;
  /** How many samples or repetitions it summarises. */
  n?: number;
  /** The measurement was stopped at a time limit: the true value is at least `value`. */
  atLeast?: boolean;
  /** The value is infinite (JSON keeps it as null): e.g. a percentile that falls on edits that never arrived. */
  infinite?: boolean;
}

/** A target we hold ourselves to, and whether this run met it. */
export interface Target {
  name: string;
  limit: string;
  actual: string;
  met: boolean;
}

/** The result of one scenario at one size. */
export interface ScenarioResult {
  name: string;
  parameters: Record<string, unknown>;
  figures: Record<string, Figure>;
  /** Figures of each baseline, by baseline name. */
  baseline: Record<string, Record<string, Figure>>;
  /** ours / baseline (below 1 means we are cheaper or faster), by "figure vs baseline". */
  ratios: Record<string, number>;
  targets: Target[];
  notes: string[];
  /** Set when the scenario could not run here, with the reason. */
  skipped?: string;
  /** Set by the runner: the scenario's command-line name, when it ran, and the 1-minute load average before and after. */
  scenario?: string;
  measuredAt?: string;
  loadAverage?: number[];
  /** The CPU model of the machine it ran on (recorded since 2 December 2026: results of several runs share a page). */
  cpu?: string;
}

/** A result with nothing measured yet. */
export function emptyResult(name: string, parameters: Record<string, unknown>): ScenarioResult {
  return { name, parameters, figures: {}, baseline: {}, ratios: {}, targets: [], notes: [] };
}

/** Records `figure` of ours divided by the same figure of `baselineName`, when both exist. */
export function addRatio(
  result: ScenarioResult,
  figure: string,
  baselineName: string,
  label = `${figure} vs ${baselineName}`,
): void {
  const ours = result.figures[figure]?.value;
  const base = result.baseline[baselineName]?.[figure]?.value;
  if (ours === undefined || base === undefined || !Number.isFinite(ours) || !Number.isFinite(base) || base === 0)
    return;
  result.ratios[label] = ours / base;
}

/** Records a target: `actual` compared with `limit` (at most, unless `atLeast`). */
export function addTarget(
  result: ScenarioResult,
  name: string,
  actual: number,
  limit: number,
  unit: string,
  atLeast = false,
): void {
  const met = Number.isFinite(actual) && (atLeast ? actual >= limit : actual <= limit);
  result.targets.push({
    name,
    limit: `${atLeast ? '≥' : '≤'} ${formatNumber(limit)} ${unit}`,
    actual: `${formatNumber(actual)} ${unit}`,
    met,
  });
}

/** A number shown with about three significant digits. */
export function formatNumber(n: number): string {
  if (n === Number.POSITIVE_INFINITY) return '∞';
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  return String(Number(n.toPrecision(3)));
}
