import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** BENCH_CPU_PROFILE=<folder>: Chromium's CPU profile of opening and of the remote keystrokes, one file per phase and repetition. */
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE ?? '';

/**
 * Runs `fn`; with BENCH_CPU_PROFILE set, under Chromium's sampling profiler (Chrome DevTools
 * Protocol), writing `<name>.cpuprofile` (open it in DevTools, or summarise it with
 * bench/relay/cpuProfile.ts). The profiler costs time: figures of a profiled run mean less.
 */
export async function profiled<T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> {
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
