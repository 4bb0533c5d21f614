import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';

/** The recorded traces in this folder (README.md: where they come from, their licence). */
export const TRACE_NAMES = ['friendsforever', 'clownschool'] as const;
export type TraceName = (typeof TRACE_NAMES)[number];

/**
 * One transaction: the agent, its parents as distances back (0: only the transaction before it),
 * then its patches flattened: position, characters deleted, text inserted, position, ...
 */
const CompactTxnSchema = z
  .tuple([z.number().int().min(0), z.union([z.literal(0), z.array(z.number().int().positive())])])
  .rest(z.union([z.number().int().min(0), z.string()]));
export type CompactTxn = z.infer<typeof CompactTxnSchema>;

const CompactTraceSchema = z.object({
  format: z.literal('concord-trace-1'),
  name: z.string(),
  source: z.string(),
  licence: z.string(),
  /** The agents whose edits go through each connection, in order (one person, several sessions). */
  sessions: z.array(z.array(z.number().int().min(0)).min(1)).min(1),
  endContent: z.string(),
  txns: z.array(CompactTxnSchema).min(1),
});
export type CompactTrace = z.infer<typeof CompactTraceSchema>;

/** A patch: at `pos`, delete `del` characters, then insert `ins`. */
export interface Patch {
  pos: number;
  del: number;
  ins: string;
}

/** A transaction with absolute parent indexes. */
export interface TraceTxn {
  agent: number;
  parents: number[];
  patches: Patch[];
}

/** A trace as read and checked. */
export interface Trace {
  name: string;
  source: string;
  licence: string;
  sessions: number[][];
  endContent: string;
  txns: TraceTxn[];
}

/** Reads and validates the compact trace `name` (bench/traces/NAME.json.gz). */
export function readTrace(name: TraceName): Trace {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), `${name}.json.gz`);
  const raw = CompactTraceSchema.parse(JSON.parse(gunzipSync(fs.readFileSync(file)).toString('utf8')));
  const txns = raw.txns.map(([agent, parents, ...flat], i): TraceTxn => {
    if (flat.length % 3 !== 0) throw new Error(`${name}: transaction ${i} has a partial patch`);
    const patches: Patch[] = [];
    for (let k = 0; k < flat.length; k += 3) {
      const [pos, del, ins] = flat.slice(k, k + 3);
      if (typeof pos !== 'number' || typeof del !== 'number' || typeof ins !== 'string')
        throw new Error(`${name}: transaction ${i} has a malformed patch`);
      patches.push({ pos, del, ins });
    }
    const absolute = parents === 0 ? (i === 0 ? [] : [i - 1]) : parents.map((d) => i - d);
    if (absolute.some((p) => p < 0)) throw new Error(`${name}: transaction ${i} names a parent before the first`);
    return { agent, parents: absolute, patches };
  });
  const agents = new Set(txns.map((t) => t.agent));
  const inSessions = raw.sessions.flat();
  if (inSessions.length !== agents.size || !inSessions.every((a) => agents.has(a)))
    throw new Error(`${name}: sessions do not name every agent once`);
  return { ...raw, txns };
}
