import { test as base } from '@playwright/test';
import { runningRelays } from '../../relay/support/relayProcess.ts';

export { expect } from '@playwright/test';

/** Most lines of a relay's output printed for a failed test. */
const TAIL_LINES = 40;

/**
 * Playwright's `test`, which prints, when a test fails, what each relay the test file started wrote
 * meanwhile (the relay logs only what went wrong: connections it closed and why, refusals, storage
 * errors). CI shows only the console: without this, a member's app "Reconnecting" in a failed run
 * would not say whether the relay closed it, and why.
 */
export const test = base.extend<{ relayLog: void }>({
  relayLog: [
    // Playwright requires the fixtures argument to be destructured, even when none is used.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      const from = new Map(runningRelays().map((relay) => [relay, relay.output().length]));
      await use();
      if (testInfo.status === testInfo.expectedStatus) return;
      for (const relay of runningRelays()) {
        const said = relay
          .output()
          .slice(from.get(relay) ?? 0)
          .trimEnd();
        if (!said) {
          console.log(`relay ${relay.url} logged nothing during "${testInfo.title}" (no connection closed or refused)`);
          continue;
        }
        const lines = said.split('\n');
        console.log(
          `relay ${relay.url} during "${testInfo.title}" (last ${Math.min(lines.length, TAIL_LINES)} of ${lines.length} lines):\n` +
            lines.slice(-TAIL_LINES).join('\n'),
        );
      }
    },
    { auto: true },
  ],
});
