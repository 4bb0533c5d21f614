import fs from 'node:fs';
import fc from 'fast-check';

/**
 * A fuzz campaign's budget: FUZZ_SECONDS per target (3 by default, as part of `npm test`; raise it
 * for a longer campaign) and FUZZ_SEED (fixed by default, so `npm test` is reproducible; any number,
 * or "random", for new inputs). FUZZ_REPORT names a file that gets one JSON line per target.
 */
const seconds = Number(process.env.FUZZ_SECONDS ?? 3);
export const FUZZ_BUDGET = {
  seconds,
  /** A campaign (30 s or more per target) also tries the largest inputs, which take seconds each. */
  campaign: seconds >= 30,
  seed:
    process.env.FUZZ_SEED === 'random'
      ? Math.floor(Math.random() * 2 ** 31)
      : Number(process.env.FUZZ_SEED ?? 20_260_518),
};

/** A fuzz test's own time limit: the budget, plus room for the slowest input, setup and shrinking. */
export const FUZZ_TEST_TIMEOUT = (FUZZ_BUDGET.seconds * 2 + 90) * 1000;

/** What one target did: inputs tried, how they ended, crashes (must be 0), and the slowest input. */
export interface FuzzReport {
  target: string;
  inputs: number;
  /** Inputs refused with the error users see (ImportError, a close code...). */
  rejected: number;
  accepted: number;
  crashes: number;
  slowestMs: number;
  slowestInput: string;
  seed: number;
  seconds: number;
}

/** How an attempt ended; anything else it throws is a crash. */
export type Outcome = 'accepted' | 'rejected';

/** The one line a target prints, e.g. `fuzz concord-file: 5210 inputs (5102 rejected, 108 accepted), 0 crashes, slowest 4.1 ms (...)`. */
function reportLine(r: FuzzReport): string {
  return (
    `fuzz ${r.target}: ${r.inputs} inputs (${r.rejected} rejected, ${r.accepted} accepted), ${r.crashes} crashes, ` +
    `slowest ${r.slowestMs.toFixed(1)} ms (${r.slowestInput}), seed ${r.seed}, budget ${r.seconds} s`
  );
}

/**
 * Feeds inputs from `arbitrary` to `attempt` until the time budget is spent. An attempt that
 * throws is a crash: fast-check shrinks it to a small input, and the returned report says so with
 * the seed and path that replay it (FUZZ_SEED=<seed>). `describe` names an input in one short line.
 */
export async function fuzz<T>(
  target: string,
  arbitrary: fc.Arbitrary<T>,
  attempt: (input: T) => Promise<Outcome> | Outcome,
  describe: (input: T) => string,
  seconds = FUZZ_BUDGET.seconds,
): Promise<FuzzReport & { failure: string | null }> {
  const report: FuzzReport = {
    target,
    inputs: 0,
    rejected: 0,
    accepted: 0,
    crashes: 0,
    slowestMs: 0,
    slowestInput: '',
    seed: FUZZ_BUDGET.seed,
    seconds,
  };
  // fast-check stops waiting for an attempt when the time is up; the last one is awaited below,
  // so nothing of a target still runs when the next begins.
  let inFlight: Promise<unknown> = Promise.resolve();
  const run = async (input: T) => {
    const started = performance.now();
    try {
      const outcome = await attempt(input);
      report[outcome] += 1;
    } finally {
      report.inputs += 1;
      const ms = performance.now() - started;
      if (ms > report.slowestMs) Object.assign(report, { slowestMs: ms, slowestInput: describe(input).slice(0, 120) });
    }
  };
  const property = fc.asyncProperty(arbitrary, (input) => {
    const pending = run(input);
    inFlight = pending.catch(() => undefined);
    return pending;
  });
  const details = await fc.check(property, {
    seed: report.seed,
    numRuns: 10_000_000,
    interruptAfterTimeLimit: seconds * 1000,
    markInterruptAsFailure: false,
  });
  await inFlight;
  const failure = details.failed ? (fc.defaultReportMessage(details) ?? 'failed') : null;
  if (failure) report.crashes = 1;
  console.log(reportLine(report));
  if (failure) console.log(`fuzz ${target}: replay with FUZZ_SEED=${details.seed}\n${failure}`);
  if (process.env.FUZZ_REPORT) fs.appendFileSync(process.env.FUZZ_REPORT, `${JSON.stringify(report)}\n`);
  return { ...report, failure };
}
