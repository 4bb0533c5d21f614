import fs from 'node:fs';
import * as Y from 'yjs';
import { openDatabase } from '../../server/storage/sqliteDatabase.ts';
import { SqliteUpdateStore } from '../../server/storage/sqliteUpdateStore.ts';
import { createDocumentDoc } from '../../shared/model/documentMeta.ts';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { newId } from '../../shared/ids.ts';
import { signWithRelayKey } from '../../test/relay/support/cli.ts';
import { spawnRelay } from '../../test/relay/support/relayProcess.ts';
import { timeFirstSync } from '../lib/firstSync.ts';
import { reportDoc } from '../lib/report.ts';
import { tempDir } from '../lib/tempDir.ts';
import { Typist } from '../lib/typist.ts';

// The data folder of the cold-load scenario: a relay store holding one document's long update log,
// the same document compacted, and a document for warming the relay up.

export interface Template {
  dir: string;
  /** `raw` holds the whole log; `compacted` one row with its merged state (what compaction leaves). */
  rooms: { raw: string; compacted: string; warmUp: string };
  token: string;
  bodyBlocks: number;
  state: Uint8Array;
}

/** One document's history: the imported report, then `count - 1` keystrokes; one update each. */
function history(pages: number, count: number, seed: number): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = createDocumentDoc();
  const updates = [Y.encodeStateAsUpdate(reportDoc(pages))];
  Y.applyUpdate(doc, updates[0]!);
  doc.on('update', (update: Uint8Array) => updates.push(update));
  new Typist(doc, seed).steps(count - 1);
  return { updates, doc };
}

/** A relay data folder holding the rooms, written through the store's own API (appendBatch). */
export async function buildTemplate(o: { pages: number; updates: number }): Promise<Template> {
  const dir = tempDir('coldload');
  const workspace = newId();
  const rooms = {
    raw: `${workspace}/${newId()}`,
    compacted: `${workspace}/${newId()}`,
    warmUp: `${workspace}/${newId()}`,
  };
  const store = new SqliteUpdateStore(openDatabase(dir));
  const main = history(o.pages, o.updates, 7);
  for (let i = 0; i < main.updates.length; i += 5_000)
    await store.appendBatch(main.updates.slice(i, i + 5_000).map((update) => ({ room: rooms.raw, update })));
  const state = Y.encodeStateAsUpdate(main.doc);
  await store.appendBatch([{ room: rooms.compacted, update: state }]);
  // What the relay's compaction leaves: the one row and its state vector.
  await store.compact(rooms.compacted);
  // A document of the same size for the warm-up, so the relay's code is as warm as in a relay serving many.
  await store.appendBatch([{ room: rooms.warmUp, update: Y.encodeStateAsUpdate(reportDoc(o.pages)) }]);
  await store.close();
  const token = signWithRelayKey(dir, { ws: workspace, exp: Math.floor(Date.now() / 1000) + 86_400 });
  return { dir, rooms, token, bodyBlocks: main.doc.getXmlFragment(BODY_FIELD).length, state };
}

export function copyOf(template: Template): string {
  const dir = tempDir('coldload-run');
  fs.cpSync(template.dir, dir, { recursive: true });
  return dir;
}

/**
 * A relay on a copy of the template, warmed up as a running relay is (a few syncs of another
 * document of the same size); that of another checkout when `checkout` is given.
 */
export async function warmRelay(template: Template, checkout?: string) {
  const dir = copyOf(template);
  const relay = await spawnRelay({ dataDir: dir, checkout });
  for (let i = 0; i < 5; i++) (await timeFirstSync(relay.url, template.rooms.warmUp, template.token)).client.destroy();
  return {
    relay,
    close: async () => {
      await relay.stop('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
