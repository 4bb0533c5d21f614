import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../server/browser/findChromium.ts';
import { newId } from '../../shared/ids.ts';
import { signWithRelayKey } from '../../test/relay/support/cli.ts';
import { REPO_ROOT, spawnRelay } from '../../test/relay/support/relayProcess.ts';
import { writeBaselinePage } from '../editor/baselinePage.ts';
import { VISIT_STACKS, newAccumulator, sizeOf } from '../editor/editorData.ts';
import type { EditorOptions } from '../editor/editorData.ts';
import { editorResult } from '../editor/editorResult.ts';
import { runApp, runBaselines } from '../editor/editorRuns.ts';
import type { ScenarioResult } from '../lib/result.ts';
import { tempDir } from '../lib/tempDir.ts';

export type { EditorOptions } from '../editor/editorData.ts';

export const EDITOR_FULL: EditorOptions = {
  sizes: [
    { pages: 25, repetitions: 3 },
    { pages: 100, repetitions: 3 },
    { pages: 400, repetitions: 2 },
  ],
  keystrokes: 30,
  gapMs: 80,
};
export const EDITOR_QUICK: EditorOptions = { sizes: [{ pages: 5, repetitions: 1 }], keystrokes: 8, gapMs: 30 };

/**
 * Chromium draws a frame as soon as something changed instead of waiting for the display's next
 * refresh, so "to paint" measures our work, not up to 16.7 ms of waiting for a 60 Hz vsync.
 */
const EDITOR_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'];

/**
 * Builds the web app of this checkout into a private folder, which the relay serves: the shared
 * dist/renderer may be rebuilt by someone else in the middle of a run.
 */
export function buildWebApp(): string {
  const dir = tempDir('web');
  execFileSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--outDir',
      dir,
      '--emptyOutDir',
      '--logLevel',
      'error',
      // BENCH_VISIT_STACKS=1: readable function names for the visit counter's attribution by caller.
      ...(VISIT_STACKS ? ['--minify', 'false'] : []),
    ],
    { cwd: REPO_ROOT, stdio: 'ignore' },
  );
  return dir;
}

/** Scenario 2: a large document in the editor at several sizes, against Y.applyUpdate and a plain ProseMirror view. */
export async function runEditor(
  o: EditorOptions,
  log: (line: string) => void = () => undefined,
): Promise<ScenarioResult[]> {
  const webDir = buildWebApp();
  const relay = await spawnRelay({ args: ['--max-connections', '10000', '--web', webDir] });
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: EDITOR_CHROMIUM_ARGS });
  try {
    const baselinePage = await writeBaselinePage(webDir);
    const results: ScenarioResult[] = [];
    for (const { pages, repetitions } of o.sizes) {
      const size = sizeOf(pages);
      const acc = newAccumulator();
      for (let rep = 0; rep < repetitions; rep++) {
        // A workspace of its own: in a shared one, the app would download the earlier repetitions'
        // documents in the background while this one opens and is typed into.
        const workspace = newId();
        const token = signWithRelayKey(relay.dataDir, { ws: workspace, exp: Math.floor(Date.now() / 1000) + 86_400 });
        const steps = [
          () => runApp(browser, relay, workspace, token, size, o, acc),
          () => runBaselines(browser, baselinePage, relay, workspace, token, size, o, acc),
        ];
        for (const step of rep % 2 === 0 ? steps : steps.reverse()) await step();
        log(`editor: ${pages} pages, repetition ${rep + 1}/${repetitions} done`);
      }
      results.push(editorResult(size, o, repetitions, acc));
    }
    return results;
  } finally {
    await browser.close();
    await relay.stop('SIGKILL');
    fs.rmSync(relay.dataDir, { recursive: true, force: true });
  }
}
