// Converts a concurrent editing trace of josephg/editing-traces (concurrent_traces/*.json.gz) into the
// compact form the relay-traces scenario reads (bench/traces/README.md):
//   node --import tsx bench/traces/convert.ts ORIGINAL.json.gz NAME SOURCE_URL
// writes bench/traces/NAME.json.gz. Timestamps are dropped (the scenario replays at full speed).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { CompactTrace, CompactTxn } from './traceFile.ts';

const Original = z.object({
  kind: z.literal('concurrent'),
  endContent: z.string(),
  numAgents: z.number().int().positive(),
  txns: z.array(
    z.object({
      parents: z.array(z.number().int().min(0)),
      agent: z.number().int().min(0),
      time: z.string(),
      patches: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0), z.string()])),
    }),
  ),
});
type Original = z.infer<typeof Original>;

/**
 * The connections the agents' edits go through: agents whose edits never overlap in time are the
 * same person in a later session (clownschool's agent 1 starts after agent 2 stops), so they share one.
 */
function sessionsOf(trace: Original): number[][] {
  const spans = new Map<number, { first: number; last: number; from: string; to: string }>();
  trace.txns.forEach((t, i) => {
    const s = spans.get(t.agent) ?? { first: i, last: i, from: t.time, to: t.time };
    s.last = i;
    s.to = t.time;
    spans.set(t.agent, s);
  });
  const sessions: number[][] = [];
  for (const [agent, span] of [...spans].sort((a, b) => a[1].first - b[1].first)) {
    const timed = !span.from.startsWith('1970');
    const later = timed ? sessions.find((s) => spans.get(s.at(-1)!)!.to < span.from) : undefined;
    if (later) later.push(agent);
    else sessions.push([agent]);
  }
  return sessions;
}

function convert(trace: Original, name: string, source: string): CompactTrace {
  // Y.Text counts UTF-16 units, the traces count code points: equal only for ASCII.
  const ascii = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0x80);
  if (!ascii(trace.endContent) || trace.txns.some((t) => t.patches.some((p) => !ascii(p[2]))))
    throw new Error(`${name}: not ASCII; use the trace's ascii_only variant`);
  const txns: CompactTxn[] = trace.txns.map((t, i) => {
    const deltas = t.parents.map((p) => i - p);
    const parents = deltas.length === 1 && deltas[0] === 1 ? 0 : deltas;
    return [t.agent, parents, ...t.patches.flat()];
  });
  return {
    format: 'concord-trace-1',
    name,
    source,
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
    sessions: sessionsOf(trace),
    endContent: trace.endContent,
    txns,
  };
}

const [input, name, source] = process.argv.slice(2);
if (!input || !name || !source) throw new Error('usage: convert.ts ORIGINAL.json.gz NAME SOURCE_URL');
const compact = convert(Original.parse(JSON.parse(gunzipSync(fs.readFileSync(input)).toString('utf8'))), name, source);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), `${name}.json.gz`);
fs.writeFileSync(out, gzipSync(JSON.stringify(compact), { level: 9 }));
console.log(`wrote ${out}: ${compact.txns.length} transactions, sessions ${JSON.stringify(compact.sessions)}`);
