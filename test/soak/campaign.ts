import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { Random } from '../../shared/binding/differential/random.ts';
import { baseState } from '../../shared/binding/differential/scenario.ts';
import { mergeAcked } from '../../shared/protocol/ack.ts';
import type { AckedState } from '../../shared/protocol/ack.ts';
import { waitFor } from '../relay/support/wait.ts';
import { FaultInjector } from './faults.ts';
import { startFrameProxy } from './frameProxy.ts';
import { checkReplicas, checksPerQuietPeriod, editorMatchesBody } from './invariants.ts';
import { LocalStore } from './localStore.ts';
import { Member } from './member.ts';
import { randomOperation } from './operations.ts';
import { makePlan } from './plan.ts';
import type { FaultKind, PlanOptions, Step } from './plan.ts';
import { memoryCheck } from './relayMemory.ts';
import { RelaySet } from './relaySet.ts';

/** A campaign: the plan's options, and the steps to keep (all by default; a shrunk replay keeps fewer). */
export interface CampaignOptions extends PlanOptions {
  keep?: ReadonlySet<number> | null;
  /** Progress lines (one per round). */
  log?(line: string): void;
}

/** What a campaign did and found. */
export interface CampaignResult {
  /** The first violated invariant, with the step it was found after; null when all held. */
  failure: { round: number; lastStep: number; message: string } | null;
  steps: Step[];
  operations: number;
  applied: number;
  faults: Map<FaultKind, number>;
  checks: number;
  /** Updates members lost from their local store by dying (not yet written; the relay had them). */
  lostLocally: number;
  relayMode: string;
  members: number;
  /** Rounds run (a failure ends the campaign). */
  rounds: number;
}

const WORKSPACE = 'ws-soak';
const QUIET_TIMEOUT_MS = 120_000;

/** Runs one seeded campaign against a real relay process; everything it started is stopped again. */
export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const steps = makePlan(options).filter((s) => !options.keep || options.keep.has(s.index));
  const relays = await RelaySet.start();
  const proxy = await startFrameProxy(relays.url, new Random(options.seed ^ 0x5eed));
  const room = `${WORKSPACE}/soak-${options.seed}`;
  const acks: AckedState[] = [];
  const ledger = () => acks.reduce<AckedState>((all, a) => (mergeAcked(all, a), all), new Map());
  const errors: string[] = [];
  const onUncaught = (err: unknown) => errors.push(`uncaught: ${err instanceof Error ? err.stack : String(err)}`);
  process.on('uncaughtException', onUncaught);
  const members: Member[] = [];
  const tokenIds: string[] = [];
  for (let i = 0; i < options.members; i++) {
    const name = `Member ${i}`;
    const issued = await relays.token(WORKSPACE, name);
    tokenIds.push(issued.id);
    const author = {
      id: `person-${i}`,
      name,
      colour: `#${(0x123456 * (i + 1)).toString(16).slice(-6).padStart(6, '0')}`,
    };
    members.push(new Member(i, author, new LocalStore(), { url: proxy.url, room, token: issued.token }, acks));
  }
  const faults = new FaultInjector({
    members,
    relays,
    proxy,
    workspace: WORKSPACE,
    tokenIds,
    ledger,
    room,
    fail: (m) => errors.push(m),
  });
  const result: CampaignResult = {
    failure: null,
    steps,
    operations: 0,
    applied: 0,
    faults: faults.injected,
    checks: 0,
    lostLocally: 0,
    relayMode: relays.mode,
    members: options.members,
    rounds: 0,
  };
  try {
    members.forEach((m) => m.start());
    Y.applyUpdate(members[0]!.doc, baseState());
    await quiet(members);
    for (let round = 0; round < options.rounds && !result.failure; round++) {
      const roundSteps = steps.filter((s) => s.round === round);
      result.rounds++;
      const memoryBefore = await relays.memory();
      let last = -1;
      for (const step of roundSteps) {
        if (!(await harness(errors, () => faults.endDue(step.index)))) break;
        const rnd = new Random(step.seed);
        last = step.index;
        if (step.kind === 'op') {
          const m = members[step.member]!;
          if (!m.alive) continue;
          result.operations++;
          try {
            const done = randomOperation(rnd, m);
            if (process.env.SOAK_TRACE) console.log(`    step ${step.index} member ${m.index}: ${done}`);
            if (done) result.applied++;
          } catch (err) {
            errors.push(
              `member ${m.index} threw at step ${step.index}: ${err instanceof Error ? err.stack : String(err)}`,
            );
          }
        } else await harness(errors, () => faults.start(step, rnd));
        if (errors.length > 0) break;
        await new Promise((r) => setTimeout(r, rnd.int(0, 3)));
        if (process.env.SOAK_TRACE)
          for (const x of members.filter((x) => x.alive && !editorMatchesBody(x)))
            console.log(`    after step ${step.index}: member ${x.index}'s editor differs from its Yjs body`);
      }
      await harness(errors, () => faults.endAll());
      const failures = [...errors];
      if (failures.length === 0) {
        try {
          await quiet(members);
          const stored = await relays.stored(room);
          const sessions = new Map<number, number>();
          members.forEach((m) => (m.noteSession(), m.sessions.forEach((clock, id) => sessions.set(id, clock))));
          failures.push(...checkReplicas(members, stored, ledger(), sessions));
          const memory = memoryCheck(memoryBefore, await relays.memory(), Y.encodeStateAsUpdate(stored).length);
          if (memory) failures.push(memory);
          stored.destroy();
          result.checks += checksPerQuietPeriod(members.length);
        } catch (err) {
          failures.push(err instanceof Error ? err.message : String(err));
        }
      }
      if (failures.length > 0) {
        // The replicas' state, to study a finding without the network (all equal after a quiet period).
        const dump = path.join(os.tmpdir(), `soak-${options.seed}-round-${round + 1}.yjs`);
        fs.writeFileSync(dump, Y.encodeStateAsUpdate(members.find((m) => m.alive)!.doc));
        failures.push(`the replicas' state written to ${dump}`);
        result.failure = { round, lastStep: last, message: failures.join('\n') };
      }
      options.log?.(
        `round ${round + 1}/${options.rounds}: ${roundSteps.length} steps${result.failure ? ', FAILED' : ', invariants hold'}`,
      );
    }
  } finally {
    process.off('uncaughtException', onUncaught);
    result.lostLocally = faults.lostLocally;
    members.forEach((m) => m.destroy());
    await proxy.close();
    if (result.failure) result.failure.message += `\n${relays.output()}`;
    await relays.close();
  }
  return result;
}

/** Runs a harness action (a fault starting or ending); a failure there is recorded, not thrown. */
async function harness(errors: string[], action: () => Promise<unknown>): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (err) {
    errors.push(`fault injection failed: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}

/**
 * Waits until every member is connected, synced and acknowledged, and all hold the same state:
 * the same state vector and the same deletions (a deletion has no clock for an ack to cover, so it
 * may still be on its way when every insertion is acknowledged: seed 2093 compared too early).
 */
async function quiet(members: readonly Member[]): Promise<void> {
  const same = (m: Member) => Y.equalSnapshots(Y.snapshot(m.doc), Y.snapshot(members[0]!.doc));
  try {
    await waitFor(() => members.every((m) => m.settled() && same(m)), 'quiet', QUIET_TIMEOUT_MS);
  } catch {
    const state = members.map(
      (m) =>
        `member ${m.index}: alive ${m.alive}, connected ${m.client?.provider.wsconnected}, synced ${m.client?.provider.synced}, closes ${m.client?.closeCodes.join(' ')}`,
    );
    throw new Error(
      `no quiet period within ${QUIET_TIMEOUT_MS / 1000} s (replicas did not settle):\n${state.join('\n')}`,
    );
  }
}
