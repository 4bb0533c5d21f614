import { addRatio, addTarget, emptyResult, formatNumber } from '../lib/result.ts';
import type { Figure, ScenarioResult } from '../lib/result.ts';
import { quantile } from '../lib/stats.ts';
import { SERVER_KINDS } from '../relay/servers.ts';
import type { ServerKind } from '../relay/servers.ts';
import type { WorkerPool } from '../relay/workerPool.ts';
import { rotated, runOnce } from '../relay/loadRun.ts';
import type { RelayLoadOptions } from '../relay/loadRun.ts';

/** Raises the number of documents step by step (the main load counts as its step) until each server's p99 passes `breakMs`. */
export async function runRamp(
  pool: WorkerPool,
  o: RelayLoadOptions,
  mainP99: Map<ServerKind, number>,
  log: (line: string) => void,
): Promise<ScenarioResult> {
  const steps = [...new Set(o.ramp)].sort((a, b) => a - b);
  const result = emptyResult('Relay under rising load', {
    documentsPerStep: steps,
    clientsPerDocument: o.clientsPerDoc,
    editsPerClientPerSecond: o.editsPerSecond,
    stepSeconds: o.rampDurationMs / 1000,
    breakAtP99Ms: o.breakMs,
  });
  const sustained = new Map<ServerKind, number>(SERVER_KINDS.map((k) => [k, 0]));
  const broken = new Set<ServerKind>();
  const p99 = new Map<ServerKind, Record<string, Figure>>(SERVER_KINDS.map((k) => [k, {}]));
  for (const [step, docs] of steps.entries()) {
    for (const kind of rotated(SERVER_KINDS, step).filter((k) => !broken.has(k))) {
      const value =
        docs === o.docs
          ? mainP99.get(kind)!
          : quantile((await runOnce(pool, kind, docs, o.rampDurationMs, o)).latencies, 0.99);
      p99.get(kind)![`p99 at ${docs} docs`] = { value, unit: 'ms' };
      log(`relay ramp: ${kind}, ${docs} docs: p99 ${formatNumber(value)} ms`);
      if (value > o.breakMs) broken.add(kind);
      else sustained.set(kind, docs);
    }
  }
  const describe = (kind: ServerKind): Record<string, Figure> => ({
    [`most documents with p99 ≤ ${o.breakMs} ms`]: { value: sustained.get(kind)!, unit: 'docs' },
    ...p99.get(kind),
  });
  result.figures = describe('concord relay');
  for (const kind of SERVER_KINDS.slice(1)) {
    result.baseline[kind] = describe(kind);
    addRatio(result, `most documents with p99 ≤ ${o.breakMs} ms`, kind);
  }
  addTarget(
    result,
    `as much load as Hocuspocus before p99 > ${o.breakMs} ms`,
    sustained.get('concord relay')!,
    sustained.get('hocuspocus 3.4.4')!,
    'docs',
    true,
  );
  for (const kind of SERVER_KINDS) {
    if (!broken.has(kind))
      result.notes.push(
        `${kind} stayed under ${o.breakMs} ms p99 up to ${steps.at(-1)} documents, the last step tried.`,
      );
    else if (sustained.get(kind) === 0)
      result.notes.push(`${kind} passed ${o.breakMs} ms p99 already at ${steps[0]} documents.`);
  }
  result.notes.push(
    `One run per step (the ${o.docs}-document step is the main scenario's); a step whose p99 passes ${o.breakMs} ms ends that server's ramp. 0 means it broke at the first step.`,
  );
  return result;
}
