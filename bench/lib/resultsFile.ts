import fs from 'node:fs';
import type { MachineInfo } from './machine.ts';
import { resultsMarkdown } from './markdown.ts';
import type { ScenarioResult } from './result.ts';

/** The content of bench/results/latest.json (and quick.json). */
export interface ResultsFile {
  machine: MachineInfo;
  mode: 'full' | 'quick';
  /** How long the last `npm run bench` took, and which scenarios it ran. */
  durationSeconds: number;
  ranScenarios: string[];
  results: ScenarioResult[];
}

/**
 * Writes `<base>.json` and `<base>.md`. A run of only some scenarios replaces theirs in the existing
 * file (those `replaces` picks) and keeps the others (each result says when it was measured);
 * `order` sorts the scenarios.
 */
export function writeResults(
  base: string,
  run: ResultsFile,
  order: string[],
  replaces: (previous: ScenarioResult) => boolean = (r) => run.ranScenarios.includes(r.scenario ?? ''),
): string {
  let results = run.results;
  if (run.ranScenarios.length < order.length && fs.existsSync(`${base}.json`)) {
    const previous = JSON.parse(fs.readFileSync(`${base}.json`, 'utf8')) as Partial<ResultsFile>;
    if (previous.mode === run.mode && Array.isArray(previous.results)) {
      const kept = previous.results.filter((r) => !replaces(r));
      // By scenario, then by size (the editor's pages), so a re-run of one size lands in its place.
      const size = (r: ScenarioResult) => Number(r.parameters.pages ?? 0);
      results = [...kept, ...run.results].sort(
        (a, b) => order.indexOf(a.scenario ?? '') - order.indexOf(b.scenario ?? '') || size(a) - size(b),
      );
    }
  }
  // JSON has no Infinity: mark such figures so the Markdown (and readers) can tell them from missing ones.
  for (const r of results) {
    for (const figures of [r.figures, ...Object.values(r.baseline)])
      for (const f of Object.values(figures)) if (f.value === Number.POSITIVE_INFINITY) f.infinite = true;
  }
  const minutes = Math.round(run.durationSeconds / 6) / 10;
  const note =
    run.ranScenarios.length < order.length
      ? `the last run, of ${run.ranScenarios.join(', ')} only, took ${minutes} min`
      : `${minutes} min for the whole run`;
  const markdown = resultsMarkdown(run.machine, run.mode, results, note);
  fs.writeFileSync(`${base}.json`, JSON.stringify({ ...run, results }, null, 2) + '\n');
  fs.writeFileSync(`${base}.md`, markdown);
  return markdown;
}
