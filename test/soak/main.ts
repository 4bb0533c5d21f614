// npm run soak -- [--seed S] [--members 5..8] [--rounds N | --minutes M | --seconds S] [--steps N]
//                 [--faults offline,member-dies,...] [--keep 3,7-12] [--no-shrink]
import { parseArgs } from 'node:util';
import { runCampaign } from './campaign.ts';
import type { CampaignResult } from './campaign.ts';
import { FAULT_KINDS, formatKeep, parseKeep } from './plan.ts';
import type { FaultKind } from './plan.ts';
import { shrink } from './shrink.ts';
import { availableFaults, summaryLine } from './summary.ts';
import { Random } from '../../shared/binding/differential/random.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    members: { type: 'string', default: '5..8' },
    rounds: { type: 'string' },
    minutes: { type: 'string' },
    seconds: { type: 'string' },
    steps: { type: 'string', default: '60' },
    faults: { type: 'string' },
    keep: { type: 'string' },
    'no-shrink': { type: 'boolean', default: false },
  },
});

const int = (name: string, text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name}: not a whole number: ${text}`);
  return n;
};
const [minMembers, maxMembers] = values.members.split('..').map((v) => int('members', v));
const faults = (values.faults ? values.faults.split(',') : availableFaults()) as FaultKind[];
for (const f of faults)
  if (!FAULT_KINDS.includes(f)) throw new Error(`--faults: unknown fault ${f} (known: ${FAULT_KINDS.join(', ')})`);
const seconds = values.seconds
  ? int('seconds', values.seconds)
  : values.minutes
    ? int('minutes', values.minutes) * 60
    : null;
const rounds = values.rounds ? int('rounds', values.rounds) : seconds ? 5 : 10;
const firstSeed = values.seed ? int('seed', values.seed) : Math.floor(Math.random() * 1e9);
const keep = values.keep ? parseKeep(values.keep) : null;

const started = Date.now();
const results: CampaignResult[] = [];
let exitCode = 0;
for (let seed = firstSeed; ; seed++) {
  const members = new Random(seed).int(minMembers!, maxMembers ?? minMembers!);
  const options = { seed, members, rounds, steps: int('steps', values.steps), faults, keep };
  const replay = (kept: string | null) =>
    `npm run soak -- --seed ${seed} --members ${members} --rounds ${rounds} --steps ${options.steps} --faults ${faults.join(',')}${kept ? ` --keep ${kept}` : ''}`;
  console.log(`seed ${seed}: ${members} members, ${rounds} rounds of ${options.steps} steps`);
  const result = await runCampaign({ ...options, log: (line) => console.log(`  ${line}`) });
  results.push(result);
  if (result.failure) {
    exitCode = 1;
    console.log(`seed ${seed} FAILED in round ${result.failure.round + 1}:\n${result.failure.message}`);
    const failing = result.steps.filter((s) => s.round <= result.failure!.round).map((s) => s.index);
    if (!values['no-shrink']) {
      const kept = await shrink({ ...options, keep: new Set(failing) }, failing, 40, (l) => console.log(`  ${l}`));
      console.log(`shortest failing sequence (${kept.length} steps):`);
      for (const s of result.steps.filter((x) => kept.includes(x.index)))
        console.log(`  ${s.index}: ${s.kind} member ${s.member}${s.kind === 'op' ? '' : ` for ${s.length} steps`}`);
      console.log(`replay: ${replay(formatKeep(kept))}`);
    } else console.log(`replay: ${replay(keep ? formatKeep([...keep]) : null)}`);
    break;
  }
  if (keep || seconds === null || Date.now() - started > seconds * 1000) break;
}
console.log(summaryLine(results, Date.now() - started, firstSeed));
process.exit(exitCode);
