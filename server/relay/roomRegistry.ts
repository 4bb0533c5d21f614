import type { Fanout } from '../fanout/fanout.ts';
import type { GroupCommit } from '../storage/groupCommit.ts';
import type { UpdateStore } from '../storage/updateStore.ts';
import type { Log } from './log.ts';
import { Room } from './room.ts';
import type { RoomLimits } from './room.ts';

/** Settings the registry passes on to its rooms. */
export interface RegistryOptions {
  store: UpdateStore;
  commit: GroupCommit;
  compactEvery: number;
  idleUnloadMs: number;
  log: Log;
  limits?: RoomLimits;
  fanout?: Fanout;
  onApplied?(source: 'local' | 'remote'): void;
}

/**
 * The loaded rooms. A room with no peers is unloaded after `idleUnloadMs`; a room reopened while its
 * previous instance is still closing waits for that close (its final writes) before loading.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly closing = new Map<string, Promise<void>>();
  private shuttingDown = false;

  constructor(private readonly options: RegistryOptions) {}

  /** The room named `name`, loading it when needed. */
  acquire(name: string): Room {
    let room = this.rooms.get(name);
    if (!room) {
      const { store, commit, compactEvery, log, limits, fanout, onApplied } = this.options;
      const after = this.closing.get(name) ?? Promise.resolve();
      const deps = {
        store,
        commit,
        compactEvery,
        log,
        limits,
        fanout,
        onApplied,
        onIdle: (r: Room) => this.scheduleUnload(r),
        onFailed: (r: Room) => this.forget(r),
      };
      const created = new Room(name, deps, after);
      created.ready.catch((err: unknown) => {
        log(`room ${name}: loading failed: ${String(err)}`);
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
  all(): Room[] {
    return [...this.rooms.values()];
  }

  /** Closes every room (flushing its writes); used at shutdown. */
  async closeAll(): Promise<void> {
    this.shuttingDown = true;
    for (const room of this.all()) this.unload(room);
    await Promise.all([...this.closing.values()]);
  }

  private scheduleUnload(room: Room): void {
    if (room.unloadTimer) clearTimeout(room.unloadTimer);
    if (this.shuttingDown) return;
    room.unloadTimer = setTimeout(() => this.unload(room), this.options.idleUnloadMs);
    room.unloadTimer.unref();
  }

  private unload(room: Room): void {
    if (room.unloadTimer) clearTimeout(room.unloadTimer);
    room.unloadTimer = null;
    if (this.rooms.get(room.name) !== room) return;
    if (room.peers.size > 0 && !this.shuttingDown) return;
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
  private forget(room: Room): void {
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
  }
}
