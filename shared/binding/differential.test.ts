import { describe, expect, it } from 'vitest';
import { runCase } from './differential/scenario.ts';

// SEED=1234 npx vitest run shared/binding/differential.test.ts replays one case.
const replay = process.env.SEED ? Number(process.env.SEED) : null;
const CASES = Number(process.env.BINDING_CASES ?? 3000);
const BUDGET_MS = Number(process.env.BINDING_BUDGET_MS ?? 45_000);

describe('incremental binding against a full rebuild', () => {
  it('keeps every replica equal to its Yjs body, and replicas converge, over seeded random concurrent edits', () => {
    const first = replay ?? (Date.now() % 1_000_000) * 1000;
    const seeds = replay !== null ? [replay] : Array.from({ length: CASES }, (_, i) => first + i);
    const started = Date.now();
    let ran = 0;
    for (const seed of seeds) {
      if (replay === null && Date.now() - started > BUDGET_MS) break;
      const failure = runCase(seed);
      ran++;
      if (failure)
        expect.fail(
          `seed ${seed} failed (replay: SEED=${seed} npx vitest run shared/binding/differential.test.ts)\n${failure}`,
        );
    }
    console.log(`binding differential: ${ran} cases from seed ${first}`);
    expect(ran).toBeGreaterThan(0);
  });
});
