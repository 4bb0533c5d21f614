import fs from 'node:fs';
import { SourceMap } from 'node:module';
import type { SourceMapping } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// Reads the V8 CPU profiles `node --cpu-prof` writes (one per thread with a JavaScript isolate) and
// summarises where a thread spent its time.

const ProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({
        functionName: z.string(),
        url: z.string(),
        lineNumber: z.number(),
        columnNumber: z.number(),
      }),
      children: z.array(z.number()).optional(),
    }),
  ),
  startTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

/** A span of CLOCK_MONOTONIC microseconds (the clock of the profile's timestamps, and of bench/lib/clock.ts). */
export interface Window {
  fromUs: number;
  toUs: number;
}

/** A function (name and where it is) and the milliseconds attributed to it. */
export interface Cost {
  name: string;
  ms: number;
}

/** Where one thread's samples went. */
export interface ProfileSummary {
  /** Sampled time not idle: running JavaScript, collecting garbage, or in a native call (which may be waiting, e.g. on fsync). */
  busyMs: number;
  /** Time in each function itself, largest first. */
  self: Cost[];
  /** Time in each function and everything it called, largest first. */
  inclusive: Cost[];
  /** Time in samples with a function matching each group's pattern on the stack, by group name. */
  groups: Cost[];
}

const IDLE = new Set(['(idle)', '(root)', '(program)']);

type Frame = z.infer<typeof ProfileSchema>['nodes'][number]['callFrame'];

const sourceMaps = new Map<string, SourceMap | null>();

/** The source map beside a bundled file (dist/relay/x.mjs.map), or null. */
function sourceMapOf(url: string): SourceMap | null {
  let map = sourceMaps.get(url);
  if (map === undefined) {
    const file = `${url.startsWith('file:') ? fileURLToPath(url) : url}.map`;
    map = fs.existsSync(file) ? new SourceMap(JSON.parse(fs.readFileSync(file, 'utf8')) as never) : null;
    sourceMaps.set(url, map);
  }
  return map;
}

/**
 * "name file:line", the file relative to node_modules or the checkout, so the same function reads the
 * same everywhere; a function of the relay's bundle is named by its source file (through the bundle's source map).
 */
function label(frame: Frame): string {
  let url = frame.url;
  let line = frame.lineNumber + 1;
  const found = url.includes('/dist/relay/') ? sourceMapOf(url)?.findEntry(frame.lineNumber, frame.columnNumber) : null;
  const entry = found && 'originalSource' in found ? (found as SourceMapping) : null;
  if (entry) {
    url = entry.originalSource;
    line = entry.originalLine + 1;
  }
  const file = url
    .replace(/^file:\/\//, '')
    .replace(/.*\/node_modules\//, '')
    .replace(/.*\/(server|shared|dist)\//, '$1/');
  return `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${line}` : ''}`;
}

/** Summarises the profile in `file`, only its samples within `windows` when given. */
export function summarizeProfile(
  file: string,
  windows?: readonly Window[],
  groups: Readonly<Record<string, RegExp>> = {},
): ProfileSummary {
  const profile = ProfileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampled = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (windows && !windows.some((w) => at >= w.fromUs && at <= w.toUs)) return;
    sampled.set(id, (sampled.get(id) ?? 0) + delta);
  });
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const grouped = new Map<string, number>(Object.keys(groups).map((g) => [g, 0]));
  let busyUs = 0;
  for (const [id, us] of sampled) {
    const node = byId.get(id)!;
    if (IDLE.has(node.callFrame.functionName)) continue;
    busyUs += us;
    const name = label(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + us);
    // Each function once per sample, however often it recurs on the stack.
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const frame = label(byId.get(up)!.callFrame);
      if (IDLE.has(byId.get(up)!.callFrame.functionName) || seen.has(frame)) continue;
      seen.add(frame);
      inclusive.set(frame, (inclusive.get(frame) ?? 0) + us);
    }
    for (const [group, pattern] of Object.entries(groups))
      if ([...seen].some((frame) => pattern.test(frame))) grouped.set(group, grouped.get(group)! + us);
  }
  const sorted = (m: Map<string, number>): Cost[] =>
    [...m].map(([name, us]) => ({ name, ms: us / 1000 })).sort((a, b) => b.ms - a.ms);
  const groupCosts = [...grouped].map(([name, us]) => ({ name, ms: us / 1000 }));
  return { busyMs: busyUs / 1000, self: sorted(self), inclusive: sorted(inclusive), groups: groupCosts };
}
