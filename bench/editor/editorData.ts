import * as Y from 'yjs';
import { reportToYDoc } from '../../test/fixtures/reportFixture.ts';
import { report } from '../lib/report.ts';
import type { Figure } from '../lib/result.ts';
import { percentileFigure } from '../lib/stats.ts';
import type { ProbeSample } from './pageProbe.ts';

/** Sizes and repetitions of the editor scenario. */
export interface EditorOptions {
  sizes: { pages: number; repetitions: number }[];
  keystrokes: number;
  gapMs: number;
}

/** Samples of one kind collected over the repetitions, kept per run for the spread. */
export class Samples {
  readonly runs: number[][] = [];
  add(values: number[]): void {
    this.runs.push(values.filter((v) => Number.isFinite(v)));
  }
  percentile(q: number, unit = 'ms'): Figure {
    return percentileFigure(this.runs.flat(), this.runs, q, unit);
  }
}

/** Everything the editor scenario collects for one document size, by kind. */
const KINDS = [
  'open',
  'reopen',
  'localPaint',
  'localWork',
  'remotePaint',
  'remoteWork',
  'presencePaint',
  'heap',
  'yApply',
  'yHeap',
  'yConvert',
  'yKeystroke',
  'pmOpen',
  'pmLocalPaint',
  'pmLocalWork',
  'pmRemotePaint',
  'pmRemoteWork',
  'pmHeap',
  'localVisits',
  'remoteVisits',
  'pmLocalVisits',
  'pmRemoteVisits',
] as const;

/** Nodes visited by source (plugin state, decorations, view update, editor event), summed over the counted keystrokes. */
export type VisitSources = Record<string, number>;

export type Accumulator = Record<(typeof KINDS)[number], Samples> & {
  sources: { local: VisitSources; remote: VisitSources };
};

/** An empty accumulator. */
export function newAccumulator(): Accumulator {
  const samples = Object.fromEntries(KINDS.map((k) => [k, new Samples()])) as Record<(typeof KINDS)[number], Samples>;
  return { ...samples, sources: { local: {}, remote: {} } };
}

/** Adds a page's visit counts by source into `into`, and resets them in the page's counter. */
export function addSources(into: VisitSources, from: VisitSources): void {
  for (const [who, n] of Object.entries(from)) into[who] = (into[who] ?? 0) + n;
}

/** From a sample's start to its painted frame, and to the end of its synchronous work. */
export const toPaint = (s: ProbeSample[]) => s.map((x) => x.paint - x.t0);
export const toWork = (s: ProbeSample[]) => s.map((x) => x.work);
export const toVisits = (s: ProbeSample[]) => s.map((x) => x.visits);

/** Keystrokes of the second, counted pass (bench/editor/visitCounter.ts): not timed, its counters cost time. */
export const COUNTED_KEYSTROKES = 8;

/** BENCH_VISIT_STACKS=1: an unminified build, visits no plugin accounts for named by their callers (timings mean less). */
export const VISIT_STACKS = process.env.BENCH_VISIT_STACKS === '1';

/** One document size, ready to open. */
export interface Size {
  pages: number;
  title: string;
  blocks: number;
  state: Uint8Array;
  json: string;
}

/** The report fixture of `pages` pages as the editor scenario opens it. */
export function sizeOf(pages: number): Size {
  const fixture = report(pages);
  return {
    pages,
    title: String(fixture.meta.title),
    blocks: fixture.doc.content?.length ?? 0,
    // A draft: the app opens final or submitted documents read-only.
    state: Y.encodeStateAsUpdate(reportToYDoc({ doc: fixture.doc, meta: { ...fixture.meta, status: 'draft' } })),
    json: JSON.stringify(fixture.doc),
  };
}
