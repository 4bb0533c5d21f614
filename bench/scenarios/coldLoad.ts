import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { openDatabase } from '../../server/storage/sqliteDatabase.ts';
import { SqliteUpdateStore } from '../../server/storage/sqliteUpdateStore.ts';
import { createDocumentDoc } from '../../shared/model/documentMeta.ts';
import { REPO_ROOT } from '../../test/relay/support/relayProcess.ts';
import { nowMs } from '../lib/clock.ts';
import { BEFORE_CHECKOUT } from '../relay/servers.ts';
import { addRatio, addTarget, emptyResult } from '../lib/result.ts';
import type { Figure, ScenarioResult } from '../lib/result.ts';
import { exact, medianFigure } from '../lib/stats.ts';
import { runScriptWithLimit } from '../lib/timeLimited.ts';
import { buildTemplate, copyOf, warmRelay } from './coldLoadTemplate.ts';
import { compactedSyncs, firstSync } from './coldLoadSyncs.ts';

/** Sizes of the cold-load scenario. */
export interface ColdLoadOptions {
  pages: number;
  /** Rows in the stored log: the imported report, then one row per keystroke. */
  updates: number;
  repetitions: number;
  /** Repetitions of the slow measurements (first sync of the long log, compaction), each stopped after `limitMs`. */
  slowRepetitions: number;
  limitMs: number;
}

export const COLD_LOAD_FULL: ColdLoadOptions = {
  pages: 100,
  updates: 100_000,
  repetitions: 5,
  slowRepetitions: 1,
  limitMs: 60_000,
};
export const COLD_LOAD_QUICK: ColdLoadOptions = {
  pages: 5,
  updates: 2_000,
  repetitions: 1,
  slowRepetitions: 1,
  limitMs: 30_000,
};

const COMPACT_CHILD = path.join(REPO_ROOT, 'bench', 'lib', 'compactChild.ts');
const REPLAY = 'Y.Doc replay, in-process';
const APPLY = 'Y.applyUpdate, in-process';
const BEFORE = 'concord relay before';
const COMPACTED = 'first sync, compacted log';
const CPU = 'relay CPU, first sync of the compacted log';

/** Times or, past `limitMs`, bounds from below. */
function limitedFigure(done: number[], stoppedAfter: number[]): Figure {
  if (stoppedAfter.length === 0) return medianFigure(done, 'ms');
  return { value: Math.max(...stoppedAfter, ...done), unit: 'ms', atLeast: true, n: done.length + stoppedAfter.length };
}

/** Scenario 4: first sync of a document with a long update log, before and after compaction; compaction time. */
export async function runColdLoad(o: ColdLoadOptions): Promise<ScenarioResult[]> {
  const template = await buildTemplate(o);
  const rowsLabel = `first sync, ${o.updates.toLocaleString('en-US')}-row log`;
  const result = emptyResult('Cold load on the relay', {
    pages: o.pages,
    storedUpdates: o.updates,
    repetitions: o.repetitions,
    slowRepetitions: o.slowRepetitions,
    limitSeconds: o.limitMs / 1000,
  });
  const compacted: number[] = [];
  const loaded: number[] = [];
  const cpu: number[] = [];
  const before = { compacted: [] as number[], loaded: [] as number[], cpu: [] as number[] };
  const raw = { done: [] as number[], stopped: [] as number[] };
  const compaction = { done: [] as number[], stopped: [] as number[] };
  const applyMs: number[] = [];
  const replayMs: number[] = [];
  const replayCompactMs: number[] = [];
  const reader = new SqliteUpdateStore(openDatabase(template.dir));
  const stored = await reader.load(template.rooms.raw);
  await reader.close();
  let compactedBytes = template.state.length;
  for (let rep = 0; rep < Math.max(o.repetitions, o.slowRepetitions); rep++) {
    if (rep < o.repetitions) {
      const ours = await compactedSyncs(template, o.limitMs);
      compacted.push(ours.cold);
      loaded.push(ours.loaded);
      cpu.push(ours.cpuMs);
      if (BEFORE_CHECKOUT) {
        const theirs = await compactedSyncs(template, o.limitMs, BEFORE_CHECKOUT);
        before.compacted.push(theirs.cold);
        before.loaded.push(theirs.loaded);
        before.cpu.push(theirs.cpuMs);
      }
      let start = nowMs();
      Y.applyUpdate(createDocumentDoc(), template.state);
      applyMs.push(nowMs() - start);
      // What loading could cost without Y.mergeUpdates: read the rows, apply each in one transaction.
      start = nowMs();
      const replayReader = new SqliteUpdateStore(openDatabase(template.dir));
      const rows = (await replayReader.load(template.rooms.raw)).updates;
      await replayReader.close();
      const doc = createDocumentDoc();
      doc.transact(() => rows.forEach((u) => Y.applyUpdate(doc, u)));
      replayMs.push(nowMs() - start);
      Y.encodeStateAsUpdate(doc);
      replayCompactMs.push(nowMs() - start);
    }
    if (rep < o.slowRepetitions) {
      const { relay, close } = await warmRelay(template);
      try {
        const ms = await firstSync(relay.url, template, template.rooms.raw, o.limitMs);
        if (ms === null) raw.stopped.push(o.limitMs);
        else raw.done.push(ms);
      } finally {
        await close();
      }
      const dir = copyOf(template);
      const run = await runScriptWithLimit(COMPACT_CHILD, [dir, template.rooms.raw], o.limitMs);
      fs.rmSync(dir, { recursive: true, force: true });
      if (!run.done) compaction.stopped.push(run.stoppedAfterMs);
      else {
        const out = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { ms: number; bytesAfter: number };
        compaction.done.push(out.ms);
        compactedBytes = out.bytesAfter;
      }
    }
  }
  result.figures = {
    [COMPACTED]: medianFigure(compacted, 'ms'),
    [CPU]: medianFigure(cpu, 'ms'),
    'first sync, document already loaded': medianFigure(loaded, 'ms'),
    [rowsLabel]: limitedFigure(raw.done, raw.stopped),
    'compaction time': limitedFigure(compaction.done, compaction.stopped),
    'stored log before compaction': exact(stored.bytes, 'B'),
    'stored log after compaction': exact(compactedBytes, 'B'),
  };
  result.baseline[APPLY] = { [COMPACTED]: medianFigure(applyMs, 'ms') };
  if (BEFORE_CHECKOUT) {
    result.baseline[BEFORE] = {
      [COMPACTED]: medianFigure(before.compacted, 'ms'),
      [CPU]: medianFigure(before.cpu, 'ms'),
      'first sync, document already loaded': medianFigure(before.loaded, 'ms'),
    };
    addRatio(result, COMPACTED, BEFORE);
    addRatio(result, CPU, BEFORE);
  }
  result.baseline[REPLAY] = {
    [rowsLabel]: medianFigure(replayMs, 'ms'),
    'compaction time': medianFigure(replayCompactMs, 'ms'),
  };
  addRatio(result, COMPACTED, APPLY);
  addRatio(result, rowsLabel, REPLAY);
  addRatio(result, 'compaction time', REPLAY);
  result.ratios['long log / compacted first sync'] =
    result.figures[rowsLabel]!.value / result.figures['first sync, compacted log']!.value;
  // Issue 19: at most twice Y.applyUpdate of the same state (which the client itself does within the first sync).
  addTarget(
    result,
    `cold load of a compacted ${o.pages}-page document within 2 × Y.applyUpdate`,
    result.figures[COMPACTED]!.value / result.baseline[APPLY][COMPACTED]!.value,
    2,
    '×',
  );
  result.notes.push(
    "First sync: a stock y-websocket client (ack=1, as the app) opens a socket to a running, warmed-up relay process whose document is not loaded, until it has received sync step 2: token check, reading the log (and, for the compacted room, its stored summary), answering from the stored bytes or building the room's Y.Doc for a long log, loopback and applying the state in the client (that alone is about one Y.applyUpdate).",
    `Relay CPU: user+system time of the relay process (all its threads, from /proc) during the cold first sync of the compacted room.${BEFORE_CHECKOUT ? ` ${BEFORE}: the checkout at CONCORD_BENCH_BEFORE, run as that checkout runs it, on a copy of the same data folder.` : ''}`,
    `The log: the imported ${o.pages}-page report as its first row, then one row per keystroke of realistic typing, written with SqliteUpdateStore.appendBatch. The compacted room holds the same document as one row.`,
    `Compaction: SqliteUpdateStore.compact, the relay's own, in a separate process on a copy of the data folder. Measurements marked ">" were stopped after ${o.limitMs / 1000} s.`,
    `${REPLAY}: reading the same rows and applying each to a Y.Doc inside one transaction (then encodeStateAsUpdate, for compaction), in the benchmark process: the limit for a long log. Y.mergeUpdates over the whole log grows much faster than linearly (over a minute for 100,000 rows here).`,
  );
  fs.rmSync(template.dir, { recursive: true, force: true });
  return [result];
}
