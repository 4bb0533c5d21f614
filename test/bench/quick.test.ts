// Keeps the benchmark harness working: runs the in-process scenarios (offline merge, cold load on a
// real relay process) at tiny sizes and checks the shape of what they report. Never asserts timings.
import { afterAll, describe, expect, it } from 'vitest';
import { runMerge } from '../../bench/scenarios/merge.ts';
import { runColdLoad } from '../../bench/scenarios/coldLoad.ts';
import { resultsMarkdown } from '../../bench/lib/markdown.ts';
import { machineInfo } from '../../bench/lib/machine.ts';
import { removeTempDirs } from '../../bench/lib/tempDir.ts';
import type { Figure, ScenarioResult } from '../../bench/lib/result.ts';

afterAll(() => removeTempDirs());

function expectFigure(figure: Figure): void {
  expect(typeof figure.value).toBe('number');
  expect(Number.isNaN(figure.value)).toBe(false);
  expect(figure.unit.length).toBeGreaterThan(0);
}

/** The JSON shape of bench/results/*.json, one entry per scenario. */
function expectResultShape(result: ScenarioResult): void {
  expect(result.skipped).toBeUndefined();
  expect(result.name.length).toBeGreaterThan(0);
  expect(typeof result.parameters).toBe('object');
  expect(Object.keys(result.figures).length).toBeGreaterThan(0);
  Object.values(result.figures).forEach(expectFigure);
  expect(Object.keys(result.baseline).length).toBeGreaterThan(0);
  for (const figures of Object.values(result.baseline)) Object.values(figures).forEach(expectFigure);
  expect(Object.keys(result.ratios).length).toBeGreaterThan(0);
  for (const ratio of Object.values(result.ratios)) expect(Number.isFinite(ratio)).toBe(true);
  for (const target of result.targets)
    expect(target).toEqual({
      name: expect.any(String),
      limit: expect.any(String),
      actual: expect.any(String),
      met: expect.any(Boolean),
    });
  expect(result.notes.every((n) => typeof n === 'string')).toBe(true);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

describe('benchmark harness (quick, tiny sizes)', () => {
  const results: ScenarioResult[] = [];

  it('offline merge reports ours, the Yjs minimum and full-state exchange, with ratios', async () => {
    const [merge] = await runMerge({ edits: 200, pages: 2, repetitions: 2 });
    expectResultShape(merge!);
    expect(Object.keys(merge!.baseline)).toEqual(['Yjs minimum (state-vector diff)', 'full-state exchange']);
    expect(merge!.figures['bytes exchanged']!.unit).toBe('B');
    results.push(merge!);
  });

  it('cold load syncs a client from a real relay before and after compaction', async () => {
    const [cold] = await runColdLoad({ pages: 2, updates: 300, repetitions: 1, slowRepetitions: 1, limitMs: 30_000 });
    expectResultShape(cold!);
    expect(cold!.figures['stored log after compaction']!.value).toBeLessThanOrEqual(
      cold!.figures['stored log before compaction']!.value,
    );
    results.push(cold!);
  });

  it('renders the results as Markdown tables with the machine line', () => {
    const markdown = resultsMarkdown(machineInfo(), 'quick', results, 'test');
    expect(markdown).toContain('## Benchmarks');
    expect(markdown).toContain(`Node ${process.version}`);
    expect(markdown).toMatch(/\| \| Concord \| Yjs minimum/);
    expect(markdown).toContain('### Cold load on the relay');
  });
});
