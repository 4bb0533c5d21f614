import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** BENCH_CPU_PROFILE=<folder>: Chromium's CPU profile of opening, of the local and of the remote keystrokes (and of the plain ProseMirror baseline's opening and local keystrokes, `baseline-*`), one file per phase and repetition. */
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE ?? '';
/** BENCH_TRACE=<folder>: Chromium's timeline trace (style, layout, paint) of the same phases instead. */
const TRACE_DIR = process.env.BENCH_TRACE ?? '';

/** Runs `fn` while Chromium records its rendering timeline into `<name>.trace.json` (chrome://tracing, DevTools). */
async function traced<T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> {
  const browser = page.context().browser()!;
  fs.mkdirSync(TRACE_DIR, { recursive: true });
  await browser.startTracing(page, {
    path: path.join(TRACE_DIR, `${name}.trace.json`),
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.stack',
      'disabled-by-default-devtools.timeline.invalidationTracking',
    ],
  });
  try {
    return await fn();
  } finally {
    await browser.stopTracing();
  }
}

/**
 * Runs `fn`; with BENCH_CPU_PROFILE set, under Chromium's sampling profiler (Chrome DevTools
 * Protocol), writing `<name>.cpuprofile` (open it in DevTools, or summarise it with
 * bench/relay/cpuProfile.ts). The profiler costs time: figures of a profiled run mean less.
 */
export async function profiled<T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> {
  if (TRACE_DIR) return traced(page, name, fn);
  if (!PROFILE_DIR) return fn();
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const result = await fn();
    const { profile } = await cdp.send('Profiler.stop');
    fs.mkdirSync(PROFILE_DIR, { recursive: true });
    fs.writeFileSync(path.join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    return result;
  } finally {
    await cdp.detach();
  }
}

/** BENCH_HEAP_SNAPSHOT=<folder>: a heap snapshot of the page with the document open (after the heap figure), one per repetition. */
const SNAPSHOT_DIR = process.env.BENCH_HEAP_SNAPSHOT ?? '';

/** Whether heap snapshots were asked for (BENCH_HEAP_SNAPSHOT). */
export const HEAP_SNAPSHOTS = SNAPSHOT_DIR !== '';

/** With BENCH_HEAP_SNAPSHOT set, writes `<name>.heapsnapshot` (open it in DevTools' Memory panel). */
export async function heapSnapshot(page: Page, name: string): Promise<void> {
  if (!SNAPSHOT_DIR) return;
  const cdp = await page.context().newCDPSession(page);
  try {
    fs.mkdirSync(SNAPSHOT_DIR, { recursive: true });
    const out = fs.openSync(path.join(SNAPSHOT_DIR, `${name}.heapsnapshot`), 'w');
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => fs.writeSync(out, chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    fs.closeSync(out);
  } finally {
    await cdp.detach();
  }
}
