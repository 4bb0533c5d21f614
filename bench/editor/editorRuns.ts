import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { encodeConcordFile } from '../../shared/file/concordFile.ts';
import { newId } from '../../shared/ids.ts';
import type { RelayHandle } from '../../test/relay/support/relayProcess.ts';
import { tempDir } from '../lib/tempDir.ts';
import {
  heapMiB,
  hookEditorTransactions,
  joinRelay,
  middleParagraph,
  openFileToEditable,
  prepareContext,
  reopenFromLibrary,
  typeLocally,
} from './appSession.ts';
import { roomUrl } from '../../test/relay/support/clients.ts';
import { seedRoom, typeRemotely } from './collaborator.ts';
import { COUNTED_KEYSTROKES, VISIT_STACKS, addSources, toPaint, toVisits, toWork } from './editorData.ts';
import type { VisitSources } from './editorData.ts';
import { installVisitCounter } from './visitCounter.ts';
import { HEAP_SNAPSHOTS, heapSnapshot, profiled } from './pageProfile.ts';
import type { Accumulator, EditorOptions, Size } from './editorData.ts';

/** The page's visit counts by source since the last call (they are reset). */
function takeSources(page: Page): Promise<VisitSources> {
  return page.evaluate(() => {
    const bench = window.__bench as unknown as { visitsBy?: Record<string, number> };
    const by = { ...bench.visitsBy };
    for (const key of Object.keys(bench.visitsBy ?? {})) delete bench.visitsBy![key];
    return by;
  });
}

/** One repetition of the app: join, open the file, reopen it, type locally, receive a collaborator's typing. */
export async function runApp(
  browser: Browser,
  relay: RelayHandle,
  workspace: string,
  token: string,
  size: Size,
  o: EditorOptions,
  acc: Accumulator,
): Promise<void> {
  const docId = newId();
  const file = path.join(tempDir('editor'), `report-${size.pages}.concord`);
  fs.writeFileSync(
    file,
    encodeConcordFile(
      { docId, title: size.title, savedAt: new Date().toISOString(), app: 'concord-bench' },
      size.state,
    ),
  );
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await prepareContext(context);
    const page = await context.newPage();
    await joinRelay(page, relay.httpUrl, token);
    const heapBefore = await heapMiB(page);
    const tag = `${size.pages}p-${acc.open.runs.length + 1}`;
    acc.open.add([await profiled(page, `open-${tag}`, () => openFileToEditable(page, file, size.blocks))]);
    await page
      .getByRole('status', { name: 'Document sync status' })
      .filter({ hasText: 'Online: all changes saved' })
      .waitFor({ timeout: 300_000 });
    acc.reopen.add([await reopenFromLibrary(page, size.title, size.blocks)]);
    await hookEditorTransactions(page);
    const keys = await profiled(page, `local-${tag}`, () => typeLocally(page, o.keystrokes, o.gapMs));
    acc.localPaint.add(toPaint(keys));
    acc.localWork.add(toWork(keys));
    const remote = await profiled(page, `remote-${tag}`, () =>
      typeRemotely(page, relay.url, `${workspace}/${docId}`, token, o.keystrokes, o.gapMs),
    );
    acc.remotePaint.add(toPaint(remote.updates));
    acc.remoteWork.add(toWork(remote.updates));
    acc.presencePaint.add(toPaint(remote.presence));
    acc.heap.add([(await heapMiB(page)) - heapBefore]);
    await heapSnapshot(page, `app-${tag}`);
    await page.evaluate(installVisitCounter, VISIT_STACKS);
    acc.localVisits.add(toVisits(await typeLocally(page, COUNTED_KEYSTROKES, o.gapMs)));
    addSources(acc.sources.local, await takeSources(page));
    const counted = await typeRemotely(page, relay.url, `${workspace}/${docId}`, token, COUNTED_KEYSTROKES, o.gapMs);
    acc.remoteVisits.add(toVisits(counted.updates));
    addSources(acc.sources.remote, await takeSources(page));
    // With BENCH_HEAP_SNAPSHOT, what stays in memory once the document is closed (back to the library).
    // The visit counter's patched ProseMirror prototypes still hold the closed document's Y.Doc there.
    if (HEAP_SNAPSHOTS) {
      await page.getByRole('button', { name: '← Library' }).click();
      await page.getByRole('link', { name: size.title }).first().waitFor();
      await heapSnapshot(page, `app-closed-${tag}`);
    }
  } finally {
    await context.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** One repetition of the baselines in a page of their own: Y.applyUpdate alone, then a plain ProseMirror view. */
export async function runBaselines(
  browser: Browser,
  baselinePage: string,
  relay: RelayHandle,
  workspace: string,
  token: string,
  size: Size,
  o: EditorOptions,
  acc: Accumulator,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await prepareContext(context);
    const page = await context.newPage();
    // Served by the relay, like the app: a page it may open a WebSocket to.
    await page.goto(`${relay.httpUrl}${baselinePage}`);
    const heapEmpty = await heapMiB(page);
    // The limit, so warm: three times, keeping the last document for the heap and conversion figures.
    const b64 = Buffer.from(size.state).toString('base64');
    const applies: number[] = [];
    for (let i = 0; i < 3; i++) applies.push(await page.evaluate((state) => window.__baseline.applyState(state), b64));
    acc.yApply.add(applies);
    acc.yHeap.add([(await heapMiB(page)) - heapEmpty]);
    acc.yConvert.add([await page.evaluate(() => window.__baseline.convertToProseMirror())]);
    acc.yKeystroke.add(await page.evaluate((n) => window.__baseline.applyKeystrokeUpdates(n), o.keystrokes));
    await page.evaluate(() => window.__baseline.dropDoc());
    const heapBefore = await heapMiB(page);
    const run = `${size.pages}p-${acc.pmOpen.runs.length + 1}`;
    acc.pmOpen.add([
      await profiled(page, `baseline-open-${run}`, () =>
        page.evaluate((json) => window.__baseline.mountView(json), size.json),
      ),
    ]);
    const keys = await profiled(page, `baseline-local-${run}`, () => typeLocally(page, o.keystrokes, o.gapMs));
    acc.pmLocalPaint.add(toPaint(keys));
    acc.pmLocalWork.add(toWork(keys));
    const block = (await middleParagraph(page)) + 2;
    // A collaborator's keystrokes reach this page as they reach the app: typed by the same Node
    // collaborator into a room of the same document, through the same relay (which stores each one
    // and passes the caret on), each applied here as ProseMirror's own insertion when its message
    // arrives. The page then shares the machine with the same work as the app does at that moment.
    const room = `${workspace}/${newId()}`;
    await seedRoom(relay.url, room, token, size.state);
    await page.evaluate(([url, b]) => window.__baseline.listenForKeystrokes(url, b), [
      roomUrl(relay.url, room, { token }),
      block,
    ] as const);
    const outside = await profiled(page, `baseline-remote-${run}`, () =>
      typeRemotely(page, relay.url, room, token, o.keystrokes, o.gapMs),
    );
    await page.evaluate(() => window.__baseline.stopListening());
    acc.pmRemotePaint.add(toPaint(outside.updates));
    acc.pmRemoteWork.add(toWork(outside.updates));
    acc.pmHeap.add([(await heapMiB(page)) - heapBefore]);
    await heapSnapshot(page, `baseline-${size.pages}p-${acc.pmHeap.runs.length}`);
    await page.evaluate(installVisitCounter, false);
    acc.pmLocalVisits.add(toVisits(await typeLocally(page, COUNTED_KEYSTROKES, o.gapMs)));
    const counted = await page.evaluate(([n, b, gap]) => window.__baseline.outsideKeystrokes(n, b, gap), [
      COUNTED_KEYSTROKES,
      block,
      o.gapMs,
    ] as const);
    acc.pmRemoteVisits.add(toVisits(counted));
  } finally {
    await context.close();
  }
}
