import type { LocalWorkspace } from '../storage/localWorkspace.ts';
import type { DocumentRegistry } from '../storage/documentRegistry.ts';
import { RelayConnection, type RelayConfig } from './RelayConnection.ts';
import { roomName } from '../../../shared/protocol/rooms.ts';
import { INDEX_FIELD, listEntries } from '../../../shared/model/workspaceIndex.ts';
import type { LocalBlobStore } from '../images/localBlobStore.ts';
import { BlobSync } from '../images/blobSync.ts';

interface Live {
  connection: RelayConnection;
  users: number;
}

const BACKGROUND_CONCURRENCY = 2;
const BACKGROUND_TIMEOUT_MS = 30_000;

/**
 * Keeps a workspace in step with its relay: the document index always, open documents live, and
 * every other document once in the background, so what was written offline is uploaded and what
 * others wrote is on this computer before the network goes away again.
 */
export class WorkspaceSync {
  readonly index: RelayConnection;
  /** The workspace's images, over the relay's HTTP endpoint. */
  readonly images: BlobSync;
  private live = new Map<string, Live>();
  private synced = new Set<string>();
  private queue: string[] = [];
  private running = 0;
  private online = true;
  private destroyed = false;

  constructor(
    private readonly workspace: LocalWorkspace,
    private readonly registry: DocumentRegistry,
    readonly config: RelayConfig,
    blobs: LocalBlobStore,
  ) {
    this.index = new RelayConnection(workspace.doc, roomName(workspace.id), config);
    this.images = new BlobSync(blobs, config);
    workspace.doc.getMap(INDEX_FIELD).observe(() => this.schedule());
    this.schedule();
  }

  /** A live connection for an open document; pair with `release`. */
  connect(id: string): RelayConnection {
    let live = this.live.get(id);
    if (!live) {
      const doc = this.registry.peek(id);
      if (!doc) throw new Error('open the document before connecting it');
      live = { connection: new RelayConnection(doc, roomName(this.workspace.id, id), this.config), users: 0 };
      if (!this.online) live.connection.setOnline(false);
      this.live.set(id, live);
    }
    live.users++;
    return live.connection;
  }

  release(id: string): void {
    const live = this.live.get(id);
    if (!live || --live.users > 0) return;
    this.live.delete(id);
    live.connection.destroy();
  }

  /** Goes offline (edits stay local) or back online, for every connection of the workspace. */
  setOnline(online: boolean): void {
    this.online = online;
    this.index.setOnline(online);
    this.images.setOnline(online);
    this.live.forEach((l) => l.connection.setOnline(online));
    if (online) {
      this.synced.clear();
      this.schedule();
    }
  }

  get isOnline(): boolean {
    return this.online;
  }

  destroy(): void {
    this.destroyed = true;
    this.live.forEach((l) => l.connection.destroy());
    this.live.clear();
    this.index.destroy();
    this.images.destroy();
  }

  private schedule(): void {
    for (const entry of [...listEntries(this.workspace.doc, 'library'), ...listEntries(this.workspace.doc, 'trash')]) {
      if (!this.synced.has(entry.id) && !this.queue.includes(entry.id)) this.queue.push(entry.id);
    }
    while (this.running < BACKGROUND_CONCURRENCY && this.queue.length > 0 && this.online && !this.destroyed) {
      const id = this.queue.shift()!;
      this.running++;
      void this.syncOnce(id).finally(() => {
        this.running--;
        this.schedule();
      });
    }
  }

  private async syncOnce(id: string): Promise<void> {
    if (this.live.has(id)) {
      this.synced.add(id);
      return;
    }
    const doc = await this.registry.acquire(id);
    const connection = new RelayConnection(doc, roomName(this.workspace.id, id), this.config);
    try {
      await Promise.race([
        connection.whenSaved(),
        new Promise((resolve) => setTimeout(resolve, BACKGROUND_TIMEOUT_MS)),
      ]);
      if (connection.status.state === 'saved') this.synced.add(id);
    } catch {
      // refused: the index connection reports why; nothing to retry here
      this.synced.add(id);
    } finally {
      connection.destroy();
      this.registry.release(id);
    }
  }
}
