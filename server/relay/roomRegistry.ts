import type { Log } from './log.ts';

/** What the registry needs of a room (a Yjs room, or a sealed one). */
export interface RegisteredRoom {
  readonly name: string;
  readonly ready: Promise<void>;
  readonly peers: { readonly size: number };
  unloadTimer: NodeJS.Timeout | null;
  /** Flushes and frees the room. */
  close(): Promise<void>;
}

/** How a room tells the registry that it lost its last peer or that its storage failed. */
export interface RoomHooks<R> {
  onIdle(room: R): void;
  onFailed(room: R): void;
}

/** Makes the room `name`, loading after `after` (the previous instance's close). */
export type OpenRoom<R> = (name: string, hooks: RoomHooks<R>, after: Promise<void>) => R;

/** Settings of the registry. */
export interface RegistryOptions {
  idleUnloadMs: number;
  log: Log;
}

/**
 * The loaded rooms. A room with no peers is unloaded after `idleUnloadMs`; a room reopened while its
 * previous instance is still closing waits for that close (its final writes) before loading.
 */
export class RoomRegistry<R extends RegisteredRoom> {
  private readonly rooms = new Map<string, R>();
  private readonly closing = new Map<string, Promise<void>>();
  private shuttingDown = false;

  constructor(
    private readonly open: OpenRoom<R>,
    private readonly options: RegistryOptions,
  ) {}

  /** The room named `name`, loading it when needed. */
  acquire(name: string): R {
    let room = this.rooms.get(name);
    if (!room) {
      const after = this.closing.get(name) ?? Promise.resolve();
      const hooks: RoomHooks<R> = { onIdle: (r) => this.scheduleUnload(r), onFailed: (r) => this.forget(r) };
      const created = this.open(name, hooks, after);
      created.ready.catch((err: unknown) => {
        this.options.log(`room ${name}: loading failed: ${String(err)}`);
        this.forget(created);
      });
      this.rooms.set(name, created);
      room = created;
    }
    if (room.unloadTimer) clearTimeout(room.unloadTimer);
    room.unloadTimer = null;
    return room;
  }

  /** All loaded rooms. */
  all(): R[] {
    return [...this.rooms.values()];
  }

  /** How many unloaded rooms are still closing (writing, merging their log, freeing their document). */
  get closingCount(): number {
    return this.closing.size;
  }

  /** Closes every room (flushing its writes); used at shutdown. */
  async closeAll(): Promise<void> {
    this.shuttingDown = true;
    for (const room of this.all()) this.unload(room);
    await Promise.all([...this.closing.values()]);
  }

  /** Unloads at once the rooms whose name `matches`, peers or not; resolves once each has closed (its writes stored). */
  async unloadWhere(matches: (name: string) => boolean): Promise<void> {
    for (const room of this.all()) if (matches(room.name)) this.unload(room, true);
    await Promise.all([...this.closing].filter(([name]) => matches(name)).map(([, done]) => done));
  }

  private scheduleUnload(room: R): void {
    if (room.unloadTimer) clearTimeout(room.unloadTimer);
    if (this.shuttingDown) return;
    room.unloadTimer = setTimeout(() => this.unload(room), this.options.idleUnloadMs);
    room.unloadTimer.unref();
  }

  private unload(room: R, force = false): void {
    if (room.unloadTimer) clearTimeout(room.unloadTimer);
    room.unloadTimer = null;
    if (this.rooms.get(room.name) !== room) return;
    if (room.peers.size > 0 && !this.shuttingDown && !force) return;
    this.rooms.delete(room.name);
    const done: Promise<void> = room.ready
      .then(() => room.close())
      .catch((err: unknown) => this.options.log(`room ${room.name}: unloading failed: ${String(err)}`))
      .finally(() => {
        if (this.closing.get(room.name) === done) this.closing.delete(room.name);
      });
    this.closing.set(room.name, done);
  }

  /** Drops a broken room so the next connection loads it afresh from storage. */
  private forget(room: R): void {
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
  }
}
