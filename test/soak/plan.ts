import { Random } from '../../shared/binding/differential/random.ts';

/** Every fault a soak can inject. */
export const FAULT_KINDS = [
  'offline',
  'member-dies',
  'relay-sigkill',
  'disk-full',
  'token-revoked',
  'bad-network',
  'instance-dies',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** One step of a campaign: an operation by a member, or a fault that lasts `length` steps. */
export interface Step {
  /** Its index in the whole plan (what `--keep` lists). */
  index: number;
  round: number;
  kind: 'op' | FaultKind;
  member: number;
  /** Seeds the step's own choices (positions, words), so removing other steps leaves it the same. */
  seed: number;
  length: number;
}

/** What a campaign does, all derived from its seed. */
export interface PlanOptions {
  seed: number;
  members: number;
  rounds: number;
  /** Steps per round. */
  steps: number;
  faults: readonly FaultKind[];
}

/** The steps of a campaign, round by round; the same options always give the same plan. */
export function makePlan(options: PlanOptions): Step[] {
  const rnd = new Random(options.seed);
  const out: Step[] = [];
  for (let round = 0; round < options.rounds; round++)
    for (let i = 0; i < options.steps; i++) {
      const fault = options.faults.length > 0 && rnd.chance(0.07);
      out.push({
        index: out.length,
        round,
        kind: fault ? rnd.pick(options.faults) : 'op',
        member: rnd.int(0, options.members - 1),
        seed: rnd.int(0, 2 ** 31),
        length: rnd.int(3, 25),
      });
    }
  return out;
}

/** Step indices as ranges (`3,7-12`), for a replay command. */
export function formatKeep(indices: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < indices.length;) {
    let j = i;
    while (j + 1 < indices.length && indices[j + 1] === indices[j]! + 1) j++;
    parts.push(i === j ? `${indices[i]}` : `${indices[i]}-${indices[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** The inverse of `formatKeep`. */
export function parseKeep(text: string): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',').filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`--keep: "${part}" is not an index or a range (like 3,7-12)`);
    for (let i = Number(m[1]); i <= Number(m[2] ?? m[1]); i++) out.add(i);
  }
  return out;
}
