import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceSync } from './WorkspaceSync.ts';
import { Library } from '../library/Library.ts';
import { openLocalWorkspace, type LocalWorkspace } from '../storage/localWorkspace.ts';
import { DocumentRegistry } from '../storage/documentRegistry.ts';
import { LocalBlobStore } from '../images/localBlobStore.ts';
import { upsertEntry } from '../../../shared/model/workspaceIndex.ts';
import { newId } from '../../../shared/ids.ts';
import { decodeTokenPayload } from '../../../shared/protocol/tokenPayload.ts';
import { testRelay } from '../testing/relay.ts';

/** Every WebSocket the page opens from now on, by path, with the most open at once and how many still are. */
function watchSockets() {
  const original = globalThis.WebSocket;
  const byPath = new Map<string, { opened: number; open: number; most: number }>();
  globalThis.WebSocket = class extends original {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      const path = new URL(url).pathname;
      const seen = byPath.get(path) ?? { opened: 0, open: 0, most: 0 };
      byPath.set(path, seen);
      seen.opened++;
      seen.most = Math.max(seen.most, ++seen.open);
      this.addEventListener('close', () => seen.open--);
    }
  };
  return {
    of: (id: string) => [...byPath].find(([path]) => path.endsWith(`/${id}`))?.[1],
    restore: () => (globalThis.WebSocket = original),
  };
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe('WorkspaceSync, against a real relay', () => {
  it('uploads each document through one background connection, however often the library changes meanwhile, and closes it', async () => {
    const { url, workspaceId, token } = testRelay();
    const sockets = watchSockets();
    cleanups.push(sockets.restore);
    const workspace: LocalWorkspace = openLocalWorkspace(workspaceId);
    cleanups.push(() => workspace.destroy());
    await workspace.ready;
    const registry = new DocumentRegistry();
    const blobs = new LocalBlobStore(workspaceId);
    const sync = new WorkspaceSync(workspace, registry, { url, token }, blobs, decodeTokenPayload(token)!.id, 'editor');
    cleanups.push(() => sync.destroy());
    const library = new Library(workspace, registry, blobs);

    // A new document: its background pass has begun and waits for the relay when `create` returns.
    // Entries listed meanwhile (here at once, as a colleague's older documents arriving through the
    // library's room would be) make the pass look at the library again, the new document first.
    const ids = [await library.create('Shadow report')];
    for (const title of ['Key messages', 'Pledge', 'Statement']) {
      ids.push(newId());
      upsertEntry(workspace.doc, ids.at(-1)!, { title, createdAt: '2026-11-30T09:00:00Z' });
    }

    await expect.poll(() => ids.filter((id) => sockets.of(id)).length, { timeout: 15_000 }).toBe(ids.length);
    await expect.poll(() => sync.pendingDocuments(), { timeout: 15_000 }).toBe(0);
    // Never two connections to one document's room at once…
    expect(ids.map((id) => sockets.of(id)!.most)).toEqual(ids.map(() => 1));
    // …and each pass closes its own once the relay stored everything: none is left open.
    await expect.poll(() => ids.map((id) => sockets.of(id)!.open), { timeout: 15_000 }).toEqual(ids.map(() => 0));
  });
});
