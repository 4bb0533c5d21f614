import { test as base } from '@playwright/test';
import { forgetStoppedRelays, relaysToReport, runningRelays } from '../../relay/support/relayProcess.ts';

export { expect } from '@playwright/test';

/** Most lines of a relay's output printed for a failed test. */
const TAIL_LINES = 40;

/**
 * Playwright's `test`, with two things every end-to-end test needs after it ends:
 * - The browser contexts the test opened itself (`browser.newContext()`: a member in a profile of
 *   their own) are closed. Playwright closes only its own `context` and `page`; the others stayed
 *   open in the worker's browser until the end of the run, each a copy of the app reconnecting to a
 *   relay long gone: eighty of them by the end of the suite made every click take ten seconds.
 * - When it failed, what each relay the test file started wrote meanwhile is printed (the relay
 *   logs only what went wrong: connections it closed and why, refusals, storage errors). CI shows
 *   only the console: without this, a member's app "Reconnecting" in a failed run would not say
 *   whether the relay closed it, and why.
 */
export const test = base.extend<{ afterEachTest: void }>({
  afterEachTest: [
    async ({ browser }, use, testInfo) => {
      const contextsBefore = new Set(browser.contexts());
      forgetStoppedRelays();
      const from = new Map(runningRelays().map((relay) => [relay, relay.output().length]));
      await use();
      if (testInfo.status !== testInfo.expectedStatus) printRelayLogs(from, testInfo.title);
      await Promise.all(
        browser
          .contexts()
          .filter((c) => !contextsBefore.has(c))
          .map((c) => c.close()),
      );
    },
    { auto: true },
  ],
});

function printRelayLogs(from: Map<unknown, number>, title: string): void {
  // Includes the relays a hook stopped before this runs (a file's `afterEach(cleanupRelays)`).
  for (const relay of relaysToReport()) {
    const said = relay
      .output()
      .slice(from.get(relay) ?? 0)
      .trimEnd();
    if (!said) {
      console.log(`relay ${relay.url} logged nothing during "${title}" (no connection closed or refused)`);
      continue;
    }
    const lines = said.split('\n');
    console.log(
      `relay ${relay.url} during "${title}" (last ${Math.min(lines.length, TAIL_LINES)} of ${lines.length} lines):\n` +
        lines.slice(-TAIL_LINES).join('\n'),
    );
  }
}
