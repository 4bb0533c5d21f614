// `npm run bench`: runs every scenario (or `--only merge,cold-load,...`), prints a Markdown table and
// writes bench/results/latest.json and latest.md; `--quick` runs the same code at small sizes and
// writes quick.json and quick.md instead, leaving the full results in place.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineInfo } from './lib/machine.ts';
import { writeResults } from './lib/resultsFile.ts';
import { emptyResult } from './lib/result.ts';
import type { ScenarioResult } from './lib/result.ts';
import { removeTempDirs } from './lib/tempDir.ts';
import { MERGE_FULL, MERGE_QUICK, runMerge } from './scenarios/merge.ts';
import { COLD_LOAD_FULL, COLD_LOAD_QUICK, runColdLoad } from './scenarios/coldLoad.ts';
import { RELAY_FULL, RELAY_QUICK, runRelayLoad } from './scenarios/relayLoad.ts';
import { RELAY_TRACES_FULL, RELAY_TRACES_QUICK, runRelayTraces } from './scenarios/relayTraces.ts';
import { runRelayProfile } from './scenarios/relayProfile.ts';
import { EDITOR_FULL, EDITOR_QUICK, runEditor, type EditorOptions } from './scenarios/editor.ts';
import { EXPORT_FULL, EXPORT_QUICK, runExport } from './scenarios/export.ts';
import { MARKDOWN_IMPORT_FULL, MARKDOWN_IMPORT_QUICK, runMarkdownImport } from './scenarios/markdownImport.ts';
import { FIGURES_FULL, FIGURES_QUICK, runFigures } from './scenarios/figures.ts';
import { PRIVATE_FULL, PRIVATE_QUICK, runPrivateKeystrokes } from './scenarios/privateKeystroke.ts';
import { runPrivateColdLoad } from './scenarios/privateColdLoad.ts';

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

type Log = (line: string) => void;

/** Every scenario by its command-line name, in the order they run. */
const SCENARIOS: Record<string, (quick: boolean, log: Log, pages: number | null) => Promise<ScenarioResult[]>> = {
  relay: (quick, log) => runRelayLoad(quick ? RELAY_QUICK : RELAY_FULL, log),
  'relay-traces': (quick, log) => runRelayTraces(quick ? RELAY_TRACES_QUICK : RELAY_TRACES_FULL, log),
  'relay-profile': (quick, log) => runRelayProfile(quick ? RELAY_TRACES_QUICK : RELAY_TRACES_FULL, log),
  editor: (quick, log, pages) => runEditor(editorOptions(quick, pages), log),
  merge: (quick) => runMerge(quick ? MERGE_QUICK : MERGE_FULL),
  'cold-load': (quick) => runColdLoad(quick ? COLD_LOAD_QUICK : COLD_LOAD_FULL),
  export: (quick) => runExport(quick ? EXPORT_QUICK : EXPORT_FULL),
  import: async (quick) => runMarkdownImport(quick ? MARKDOWN_IMPORT_QUICK : MARKDOWN_IMPORT_FULL),
  figures: (quick) => runFigures(quick ? FIGURES_QUICK : FIGURES_FULL),
  private: async (quick) => {
    const o = quick ? PRIVATE_QUICK : PRIVATE_FULL;
    return [runPrivateKeystrokes(o), await runPrivateColdLoad(o)];
  },
};

const EDITOR_PAGES = EDITOR_FULL.sizes.map((s) => s.pages);

/** The editor scenario's sizes: all of them, or the one `--pages` names (with its usual repetitions). */
function editorOptions(quick: boolean, pages: number | null): EditorOptions {
  const base = quick ? EDITOR_QUICK : EDITOR_FULL;
  if (pages === null) return base;
  return { ...base, sizes: EDITOR_FULL.sizes.filter((s) => s.pages === pages) };
}

const HELP = `Usage: npm run bench -- [--quick] [--only ${Object.keys(SCENARIOS).join(',')}] [--pages ${EDITOR_PAGES.join('|')}]

  --quick   the same scenarios at small sizes (under a minute); writes bench/results/quick.{json,md}
  --only    run only these scenarios (comma-separated); their results replace the same scenarios'
            in latest.{json,md} (or quick.*), the others are kept
  --pages   the editor scenario at this one size only (its results replace that size's alone),
            e.g. --only editor --pages 100

The editor scenario builds the web app of this checkout into a temporary folder (vite build).`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean' },
      only: { type: 'string' },
      pages: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const quick = values.quick === true;
  const only = values.only?.split(',').map((s) => s.trim()) ?? Object.keys(SCENARIOS);
  const unknown = only.filter((name) => !SCENARIOS[name]);
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(', ')}\n\n${HELP}`);
  const pages = values.pages === undefined ? null : Number(values.pages);
  if (pages !== null && !EDITOR_PAGES.includes(pages))
    throw new Error(`--pages must be one of ${EDITOR_PAGES.join(', ')}\n\n${HELP}`);
  // The relay scenarios measure the relay as production runs it: from its bundle (bin/concord.js).
  if (only.some((name) => name.startsWith('relay') || name === 'cold-load'))
    execFileSync(process.execPath, [path.join(RESULTS_DIR, '..', '..', 'scripts', 'build-relay.js')], {
      stdio: 'inherit',
    });
  const machine = machineInfo();
  const started = Date.now();
  const log: Log = (line) => console.error(`[bench ${Math.round((Date.now() - started) / 1000)}s] ${line}`);
  const results: ScenarioResult[] = [];
  let failed = false;
  for (const name of only) {
    log(`${name}…`);
    const measuredAt = new Date().toISOString();
    const loadBefore = os.loadavg()[0]!;
    let produced: ScenarioResult[];
    try {
      produced = await SCENARIOS[name]!(quick, log, pages);
    } catch (err) {
      failed = true;
      const failure = emptyResult(name, {});
      failure.skipped = `failed: ${err instanceof Error ? err.message : String(err)}`;
      produced = [failure];
      log(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    } finally {
      removeTempDirs();
    }
    for (const result of produced)
      results.push({
        ...result,
        scenario: name,
        measuredAt,
        loadAverage: [loadBefore, os.loadavg()[0]!],
        cpu: machine.cpu,
      });
  }
  const durationSeconds = (Date.now() - started) / 1000;
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const base = path.join(RESULTS_DIR, quick ? 'quick' : 'latest');
  // With --pages, the editor's other sizes keep their earlier results.
  const replaces = (r: ScenarioResult) =>
    only.includes(r.scenario ?? '') && (pages === null || r.scenario !== 'editor' || r.parameters.pages === pages);
  const markdown = writeResults(
    base,
    { machine, mode: quick ? 'quick' : 'full', durationSeconds, ranScenarios: only, results },
    Object.keys(SCENARIOS),
    replaces,
  );
  console.log(markdown);
  log(`wrote ${path.relative(process.cwd(), base)}.json and .md`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  },
);
