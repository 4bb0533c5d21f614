import * as Y from 'yjs';
import type { Trace } from '../traces/traceFile.ts';

/** The Y.Text the replays write (a plain text document; the relay does not look inside an editor's updates). */
export const TRACE_TEXT = 't';

/** One recorded transaction as a Yjs update, and what its sender must have received before sending it. */
export interface ReplayStep {
  update: Uint8Array;
  /** [Yjs client id, clock] of other agents' edits the transaction was made on top of. */
  deps: Array<[number, number]>;
}

/** A trace as Yjs updates, one list per connection, with the state every replica must end in. */
export interface Replay {
  name: string;
  sessions: ReplayStep[][];
  /** Every agent's final clock: a replica has every edit when its state vector reaches these. */
  finalClocks: Array<[number, number]>;
  endContent: string;
  updates: number;
}

/** The Yjs client id of trace agent `agent` (fixed, so that every replay sends the same bytes). */
const clientOf = (agent: number): number => 1 + agent;

/**
 * Turns a trace into the updates its agents sent. Each agent edits its own Y.Doc; before each of
 * its transactions, that doc receives exactly the other agents' transactions the recorded one
 * came after (its parents' history: every agent's transactions are ordered, so a history is a
 * prefix of each agent's list), so positions mean what they meant when they were typed.
 */
export function buildReplay(trace: Trace): Replay {
  const agents = [...new Set(trace.txns.map((t) => t.agent))];
  const docs = new Map(agents.map((a) => [a, newAgentDoc(a)]));
  const byAgent = new Map<number, Array<{ index: number; update: Uint8Array }>>(agents.map((a) => [a, []]));
  // For each transaction: how many of each agent's transactions its history holds (itself included).
  const versions: Array<Map<number, number>> = [];
  const received = new Map(agents.map((a) => [a, new Map<number, number>()]));
  const steps: ReplayStep[] = [];
  trace.txns.forEach((txn, i) => {
    const need = new Map<number, number>();
    for (const p of txn.parents) for (const [a, n] of versions[p]!) need.set(a, Math.max(need.get(a) ?? 0, n));
    const doc = docs.get(txn.agent)!;
    const have = received.get(txn.agent)!;
    // In the order they were made: out of order, Yjs would hold them pending and retry each time.
    const missing: Array<{ index: number; update: Uint8Array }> = [];
    for (const [a, n] of need) {
      if (a === txn.agent) continue;
      missing.push(...byAgent.get(a)!.slice(have.get(a) ?? 0, n));
      have.set(a, Math.max(have.get(a) ?? 0, n));
    }
    missing.sort((x, y) => x.index - y.index);
    for (const m of missing) Y.applyUpdate(doc, m.update);
    if ((need.get(txn.agent) ?? 0) !== byAgent.get(txn.agent)!.length)
      throw new Error(`${trace.name}: transaction ${i} does not follow its agent's previous one`);
    const deps: Array<[number, number]> = [];
    for (const a of agents)
      if (a !== txn.agent && (have.get(a) ?? 0) > 0) deps.push([clientOf(a), Y.getState(doc.store, clientOf(a))]);
    const update = edit(doc, txn.patches);
    byAgent.get(txn.agent)!.push({ index: i, update });
    need.set(txn.agent, byAgent.get(txn.agent)!.length);
    versions.push(need);
    steps.push({ update, deps });
  });
  const last = docs.get(trace.txns.at(-1)!.agent)!;
  if (last.getText(TRACE_TEXT).toString() !== trace.endContent)
    throw new Error(`${trace.name}: the replayed text differs from the trace's end content`);
  const finalClocks = agents.map((a): [number, number] => [clientOf(a), Y.getState(last.store, clientOf(a))]);
  for (const doc of docs.values()) doc.destroy();
  const sessions = trace.sessions.map((agentsOfSession) =>
    trace.txns.flatMap((t, i) => (agentsOfSession.includes(t.agent) ? [steps[i]!] : [])),
  );
  return { name: trace.name, sessions, finalClocks, endContent: trace.endContent, updates: steps.length };
}

function newAgentDoc(agent: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientOf(agent);
  return doc;
}

/** Applies one transaction's patches and returns its update. */
function edit(doc: Y.Doc, patches: Trace['txns'][number]['patches']): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array) => (update = u);
  doc.on('update', capture);
  const text = doc.getText(TRACE_TEXT);
  doc.transact(() => {
    for (const p of patches) {
      if (p.del > 0) text.delete(p.pos, p.del);
      if (p.ins.length > 0) text.insert(p.pos, p.ins);
    }
  });
  doc.off('update', capture);
  if (!update) throw new Error('a transaction of the trace changed nothing');
  return update;
}

/** Whether `doc` has received every edit `deps` names. */
export function hasDeps(doc: Y.Doc, deps: ReadonlyArray<[number, number]>): boolean {
  for (const [client, clock] of deps) if (Y.getState(doc.store, client) < clock) return false;
  return true;
}

/** Whether `doc` holds the whole trace (every agent's edits, the final text). */
export function isComplete(doc: Y.Doc, replay: Replay): boolean {
  if (!hasDeps(doc, replay.finalClocks)) return false;
  const text = doc.getText(TRACE_TEXT);
  return text.length === replay.endContent.length && text.toString() === replay.endContent;
}
