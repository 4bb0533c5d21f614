import { runCampaign } from './campaign.ts';
import type { CampaignOptions } from './campaign.ts';

/**
 * The smallest set of steps (up to the failing round) that still fails, by delta debugging: drop
 * chunks of steps, halving the chunk size, keeping every removal after which a fresh campaign still
 * fails. Each try is a whole run against a new relay, so it stops after `maxRuns` tries.
 */
export async function shrink(
  options: CampaignOptions,
  failing: readonly number[],
  maxRuns = 40,
  log: (line: string) => void = () => undefined,
): Promise<number[]> {
  let kept = [...failing];
  let runs = 0;
  for (let chunk = Math.ceil(kept.length / 2); chunk >= 1 && runs < maxRuns; chunk = Math.floor(chunk / 2)) {
    for (let start = 0; start < kept.length && runs < maxRuns;) {
      const candidate = [...kept.slice(0, start), ...kept.slice(start + chunk)];
      runs++;
      const result = await runCampaign({ ...options, keep: new Set(candidate), log: undefined });
      if (result.failure) {
        kept = candidate;
        log(`shrink: ${kept.length} steps still fail`);
      } else start += chunk;
    }
  }
  return kept;
}
