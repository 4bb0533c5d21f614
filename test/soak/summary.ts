import { DATABASE_URL, REDIS_URL } from '../relay/support/services.ts';
import type { CampaignResult } from './campaign.ts';
import { FAULT_KINDS } from './plan.ts';
import type { FaultKind } from './plan.ts';

/**
 * The faults this machine can inject: two instances only on Postgres + Redis; a full disk on
 * Postgres (a trigger raising disk_full) or where a small disk can be mounted for SQLite (root).
 */
export function availableFaults(): FaultKind[] {
  const twoInstances = Boolean(DATABASE_URL && REDIS_URL);
  return FAULT_KINDS.filter((f) => {
    if (f === 'instance-dies') return twoInstances;
    if (f === 'disk-full') return twoInstances || process.getuid?.() === 0;
    return true;
  });
}

/** The one-line summary: seeds, members, rounds, operations, faults by kind, checks, divergences, lost, duration. */
export function summaryLine(results: readonly CampaignResult[], ms: number, firstSeed: number): string {
  const sum = (f: (r: CampaignResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const byKind = new Map<FaultKind, number>();
  for (const r of results) for (const [k, n] of r.faults) byKind.set(k, (byKind.get(k) ?? 0) + n);
  const faults = sum((r) => [...r.faults.values()].reduce((a, b) => a + b, 0));
  const kinds = [...byKind].map(([k, n]) => `${k} ${n}`).join(', ');
  const failed = results.filter((r) => r.failure);
  const divergences = failed.filter((r) => /divergence|differs/.test(r.failure!.message)).length;
  const lost = failed.filter((r) => /lost/.test(r.failure!.message)).length;
  const members = results.map((r) => r.members);
  return (
    `soak: ${results.length} seeds (from ${firstSeed}), ${results.map((r) => r.relayMode)[0] ?? ''} relay, ${Math.min(...members)}-${Math.max(...members)} members, ` +
    `${sum((r) => r.rounds)} rounds, ${sum((r) => r.operations)} operations (${sum((r) => r.applied)} applied), ` +
    `${faults} faults (${kinds || 'none'}), ${sum((r) => r.checks)} invariant checks, ${divergences} divergences, ${lost} lost, ` +
    `${failed.length} failed, ${Math.round(ms / 1000)} s`
  );
}
