import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cleanupRelays, REPO_ROOT, spawnRelay } from './support/relayProcess.ts';
import { signWithRelayKey } from './support/cli.ts';
import { connectClient, converged, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { readStoredRoom } from './support/storage.ts';
import { waitFor } from './support/wait.ts';

// The relay as production runs it: the esbuild bundle of `npm run build:relay` (its own folder here,
// so other tests keep running whatever bin/concord.js picks).

const WS = 'ws-bundle';
const outdir = path.join(REPO_ROOT, 'dist', `relay-test-${process.pid}`);
const clients: SyncClient[] = [];
afterAll(async () => {
  for (const c of clients) c.destroy();
  await cleanupRelays();
  fs.rmSync(outdir, { recursive: true, force: true });
});

/**
 * The chunks a bundle file loads when it is imported (its static imports, transitively), itself
 * included; with `dynamic`, also those it may load later (`import("./x.mjs")`).
 */
function loadedChunks(file: string, dynamic = false, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(path.join(outdir, file), 'utf8');
  // Static imports: `import ... from"./x.mjs"`, `import"./x.mjs"`; dynamic ones: `import("./x.mjs")`.
  const imports = dynamic ? /(?:from|import)\s*\(?"\.\/([^"]+\.mjs)"/g : /(?:from|import)\s*"\.\/([^"]+\.mjs)"/g;
  for (const m of code.matchAll(imports)) loadedChunks(m[1]!, dynamic, seen);
  return seen;
}

/** The source files bundled into these chunks. */
function sourcesOf(chunks: Set<string>): string[] {
  return [...chunks].flatMap(
    (chunk) =>
      (JSON.parse(fs.readFileSync(path.join(outdir, `${chunk}.map`), 'utf8')) as { sources: string[] }).sources,
  );
}

describe('the relay bundle', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-relay.js'), '--outdir', outdir]);
  });

  it('starts a relay without loading the translator (formatjs pages in about 6 MiB of ICU data)', () => {
    const sources = sourcesOf(loadedChunks('relay.mjs'));
    expect(sources.some((s) => s.endsWith('server/relay/server.ts'))).toBe(true);
    expect(sources.filter((s) => /@formatjs|intl-messageformat|shared\/i18n\/translator/.test(s))).toEqual([]);
  });

  it("never loads zod's method API nor its other languages' messages, only zod/mini (about 5 MiB less at rest)", () => {
    const everything = sourcesOf(loadedChunks('relay.mjs', true));
    expect(everything.some((s) => s.includes('zod/v4/mini/'))).toBe(true);
    expect(everything.some((s) => s.endsWith('server/relay/postgresBackend.ts'))).toBe(true); // loaded later, counted
    expect(everything.filter((s) => /zod\/v4\/classic\/|zod\/v4\/locales\/(?!en\.js)/.test(s))).toEqual([]);
    // The other commands, their own build, still use zod itself.
    expect(sourcesOf(loadedChunks('cli.mjs', true)).some((s) => s.includes('zod/v4/classic/'))).toBe(true);
  });

  it('syncs, stores, compacts and reopens a document', async () => {
    // What bin/concord.js does with a fresh bundle.
    const run = path.join(outdir, 'run.mjs');
    fs.writeFileSync(run, "import { main } from './cli.mjs';\nprocess.exitCode = await main(process.argv.slice(2));\n");
    const relay = await spawnRelay({
      entry: run,
      env: { CONCORD_RELAY_IDLE_UNLOAD_MS: '100' },
    });
    const room = `${WS}/doc-bundle1`;
    const token = signWithRelayKey(relay.dataDir, { ws: WS });
    const writer = connectClient(relay.url, room, token, { ack: true });
    const reader = connectClient(relay.url, room, token);
    clients.push(writer, reader);
    await Promise.all([waitSynced(writer), waitSynced(reader)]);
    for (let i = 0; i < 30; i++) writer.doc.getText('t').insert(i, `${i % 10}`);
    const me = writer.doc.clientID;
    await waitFor(() => writer.acked.get(me) === Y.getState(writer.doc.store, me), 'all acknowledged');
    await waitFor(() => converged([writer.doc, reader.doc]), 'the reader has the text');
    writer.destroy();
    reader.destroy();
    await waitFor(async () => (await readStoredRoom(relay.dataDir, room)).rows === 1, 'compacted when unloaded');
    const late = connectClient(relay.url, room, token);
    clients.push(late);
    await waitSynced(late);
    expect(late.doc.getText('t').toString()).toBe(writer.doc.getText('t').toString());
  });
});
