import { describe, expect, it } from 'vitest';
import { runCampaign } from './campaign.ts';
import { availableFaults, summaryLine } from './summary.ts';

// A short, seeded soak in every test run; the long campaigns are `npm run soak` (README, Reliability).
// Seed 22's plan starts members offline, kills one, revokes a token, SIGKILLs the relay and fills its
// disk (where a disk can be mounted) between edits, comments, suggestions, versions and sign-ons.
describe('soak', () => {
  it('five members under faults: after every quiet period all replicas are equal and nothing acknowledged is lost', async () => {
    const started = Date.now();
    const result = await runCampaign({ seed: 22, members: 5, rounds: 2, steps: 20, faults: availableFaults() });
    console.log(summaryLine([result], Date.now() - started, 22));
    expect(result.failure?.message ?? null).toBeNull();
    expect(result.rounds).toBe(2);
    expect(result.applied).toBeGreaterThan(10);
    expect([...result.faults.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
    // About 40 s on two shared cores; several relay starts (one after each SIGKILL) when they are swamped.
  }, 240_000);
});
