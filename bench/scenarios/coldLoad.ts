import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { openDatabase } from '../../server/storage/sqliteDatabase.ts';
import { SqliteUpdateStore } from '../../server/storage/sqliteUpdateStore.ts';
import { createDocumentDoc } from '../../shared/model/documentMeta.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { newId } from '../../shared/ids.ts';
import { signWithRelayKey } from '../../test/relay/support/cli.ts';
import { spawnRelay } from '../../test/relay/support/relayProcess.ts';
import { nowMs } from '../lib/clock.ts';
import { timeFirstSync } from '../lib/firstSync.ts';
import { dirBytes } from '../lib/procStats.ts';
import { reportDoc } from '../lib/report.ts';
import { addRatio, addTarget, emptyResult } from '../lib/result.ts';
import type { ScenarioResult } from '../lib/result.ts';
import { exact, medianFigure } from '../lib/stats.ts';
import { tempDir } from '../lib/tempDir.ts';
import { Typist } from '../lib/typist.ts';

/** Sizes of the cold-load scenario. */
export interface ColdLoadOptions {
  pages: number;
  /** Rows in the stored log: the imported report, then one row per keystroke. */
  updates: number;
  repetitions: number;
}

export const COLD_LOAD_FULL: ColdLoadOptions = { pages: 100, updates: 100_000, repetitions: 5 };
export const COLD_LOAD_QUICK: ColdLoadOptions = { pages: 5, updates: 2_000, repetitions: 2 };

interface Template {
  dir: string;
  room: string;
  token: string;
  logBytes: number;
  bodyBlocks: number;
}

/** A relay data folder whose store holds one document's log of `updates` rows, written through the store's own API. */
async function buildTemplate(options: ColdLoadOptions): Promise<Template> {
  const dir = tempDir('coldload');
  const workspace = newId();
  const room = `${workspace}/${newId()}`;
  const store = new SqliteUpdateStore(openDatabase(dir));
  const doc = createDocumentDoc();
  let batch: Uint8Array[] = [Y.encodeStateAsUpdate(reportDoc(options.pages))];
  Y.applyUpdate(doc, batch[0]!);
  let logBytes = batch[0]!.length;
  doc.on('update', (update: Uint8Array) => {
    batch.push(update);
    logBytes += update.length;
  });
  const typist = new Typist(doc, 7);
  for (let written = 1; written < options.updates; ) {
    const n = Math.min(5_000, options.updates - written);
    typist.steps(n);
    await store.appendBatch(batch.map((update) => ({ room, update })));
    written += batch.length;
    batch = [];
  }
  await store.close();
  const token = signWithRelayKey(dir, { ws: workspace, exp: Math.floor(Date.now() / 1000) + 86_400 });
  return { dir, room, token, logBytes, bodyBlocks: doc.getXmlFragment(BODY_FIELD).length };
}

function copyOf(template: Template): string {
  const dir = tempDir('coldload-run');
  fs.cpSync(template.dir, dir, { recursive: true });
  return dir;
}

/** Compacts the room in `dir` the way the relay does, returning the time it took. */
async function compact(dir: string, room: string): Promise<number> {
  const store = new SqliteUpdateStore(openDatabase(dir));
  try {
    const start = nowMs();
    await store.compact(room);
    return nowMs() - start;
  } finally {
    await store.close();
  }
}

/** Starts a relay on `dir` (a fresh process: nothing is loaded) and times a client's first sync. */
async function coldSync(dir: string, template: Template): Promise<{ cold: number; warm: number; blocks: number }> {
  const relay = await spawnRelay({ dataDir: dir });
  try {
    const first = await timeFirstSync(relay.url, template.room, template.token);
    const second = await timeFirstSync(relay.url, template.room, template.token);
    const blocks = first.doc.getXmlFragment(BODY_FIELD).length;
    first.client.destroy();
    second.client.destroy();
    return { cold: first.ms, warm: second.ms, blocks };
  } finally {
    await relay.stop('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Scenario 4: first sync of a document with a long update log, before and after compaction. */
export async function runColdLoad(options: ColdLoadOptions): Promise<ScenarioResult[]> {
  const template = await buildTemplate(options);
  const result = emptyResult('Cold load on the relay', { pages: options.pages, storedUpdates: options.updates, repetitions: options.repetitions });
  const before: number[] = [];
  const after: number[] = [];
  const warm: number[] = [];
  const compactMs: number[] = [];
  const applyMs: number[] = [];
  let compactedBytes = 0;
  for (let rep = 0; rep < options.repetitions; rep++) {
    for (const compacted of rep % 2 === 0 ? [false, true] : [true, false]) {
      const dir = copyOf(template);
      if (compacted) {
        compactMs.push(await compact(dir, template.room));
        compactedBytes = dirBytes(dir);
      }
      const run = await coldSync(dir, template);
      if (run.blocks !== template.bodyBlocks) throw new Error(`cold load: client got ${run.blocks} blocks, expected ${template.bodyBlocks}`);
      (compacted ? after : before).push(run.cold);
      if (compacted) warm.push(run.warm);
    }
    // The limit: applying the compacted state to an empty document in-process (no relay, no socket).
    const state = Y.mergeUpdates((await new SqliteUpdateStore(openDatabase(template.dir)).load(template.room)).updates);
    const start = nowMs();
    Y.applyUpdate(createDocumentDoc(), state);
    applyMs.push(nowMs() - start);
  }
  result.figures['first sync, compacted log'] = medianFigure(after, 'ms');
  result.figures[`first sync, ${options.updates.toLocaleString('en-US')}-row log`] = medianFigure(before, 'ms');
  result.figures['compaction time'] = medianFigure(compactMs, 'ms');
  result.figures['first sync, document already loaded'] = medianFigure(warm, 'ms');
  result.figures['stored log before compaction'] = exact(dirBytes(template.dir), 'B');
  result.figures['stored after compaction'] = exact(compactedBytes, 'B');
  result.baseline['Y.applyUpdate in-process'] = { 'first sync, compacted log': medianFigure(applyMs, 'ms') };
  addRatio(result, 'first sync, compacted log', 'Y.applyUpdate in-process');
  result.ratios['uncompacted / compacted first sync'] = result.figures[`first sync, ${options.updates.toLocaleString('en-US')}-row log`]!.value / result.figures['first sync, compacted log']!.value;
  addTarget(result, `cold load of a compacted ${options.pages}-page document`, result.figures['first sync, compacted log']!.value, 50, 'ms');
  result.notes.push(
    'First sync: a stock y-websocket client (ack=1, as the app) opens a socket to a freshly started relay process and receives sync step 2; includes the token check, loading and merging the log from SQLite, encoding, loopback and applying it in the client.',
    `The log: the imported ${options.pages}-page report as its first row, then one row per keystroke of realistic typing (written with SqliteUpdateStore.appendBatch).`,
    'Compaction: SqliteUpdateStore.compact (Y.mergeUpdates of every row, one transaction), run in the benchmark process on a copy of the data folder.',
  );
  fs.rmSync(path.resolve(template.dir), { recursive: true, force: true });
  return [result];
}
