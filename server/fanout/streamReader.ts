import type { Log } from '../relay/log.ts';
import type { RemoteSink } from './fanout.ts';
import { BINARY, serverRunId, whenReady } from './redisClient.ts';
import type { RedisClient } from './redisClient.ts';
import { streamPosition, trimmedPast } from './streamPosition.ts';
import { parseXread } from './streamReplies.ts';
import type { StreamEntry } from './streamReplies.ts';

/** What the reader needs from the fan-out. */
export interface ReaderDeps {
  /** Dedicated connection: XREAD BLOCK holds it. */
  client: RedisClient;
  /** Another connection, to unblock the reader when a room is added. */
  control: RedisClient;
  keyOf(room: string): string;
  instance: string;
  maxLen: number;
  log: Log;
  onLag(ms: number): void;
  onReload(room: string): void;
}

interface Watched {
  sink: RemoteSink;
  /** Id of the last entry applied (or known to be in storage); null: reload from storage first. */
  cursor: string | null;
  retryAt: number;
}

const BLOCK_MS = 2000;

/**
 * Reads the streams of the loaded rooms (XREAD BLOCK on one connection) and applies other instances'
 * updates. After every reconnection it checks what it may have missed: a restarted Redis (new run
 * id) may have lost streams, so every room is reloaded from storage; otherwise a room whose stream
 * was trimmed past its cursor (the cursor's entry is gone) or deleted is reloaded, and every other
 * room resumes after its cursor. COUNT is below the stream's MAXLEN, so a reader that fell behind
 * a trim always sees a full batch, after which it checks again.
 */
export class StreamReader {
  private readonly rooms = new Map<string, Watched>();
  private readonly count: number;
  private epoch = 0;
  private syncedEpoch = -1;
  private clientId: number | null = null;
  private runId: string | null = null;
  private blocked = false;
  private failing = false;
  private closed = false;
  private wakeIdle: (() => void) | null = null;
  private readonly stopped: Promise<void>;

  constructor(private readonly deps: ReaderDeps) {
    this.count = Math.max(1, Math.min(500, Math.floor(deps.maxLen / 2)));
    deps.client.on('ready', () => (this.epoch += 1));
    if (deps.client.isReady) this.epoch += 1;
    this.stopped = this.loop();
  }

  /** Whether the reader is connected and caught up with its reconnection checks. */
  get ok(): boolean {
    return this.deps.client.isReady && this.syncedEpoch === this.epoch && !this.failing;
  }

  add(room: string, cursor: string | null, sink: RemoteSink): void {
    this.rooms.set(room, { sink, cursor, retryAt: 0 });
    this.interrupt();
  }

  remove(room: string): void {
    this.rooms.delete(room);
  }

  /** The id of the last entry of a room's stream now (STREAM_START when it has none). */
  position(room: string): Promise<string> {
    return streamPosition(this.deps.control, this.deps.keyOf(room));
  }

  /** Stops the loop; the caller then destroys the connection, which ends a read that did not return. */
  async close(): Promise<void> {
    this.closed = true;
    this.interrupt();
    await Promise.race([this.stopped, new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
  }

  private interrupt(): void {
    this.wakeIdle?.();
    if (this.blocked && this.clientId !== null && this.deps.control.isReady) {
      this.deps.control.sendCommand(['CLIENT', 'UNBLOCK', String(this.clientId)]).catch(() => undefined);
    }
  }

  private async loop(): Promise<void> {
    while (!this.closed) {
      try {
        if (!this.deps.client.isReady) await Promise.race([whenReady(this.deps.client), this.pause(1000)]);
        if (this.closed || !this.deps.client.isReady) continue;
        if (this.syncedEpoch !== this.epoch) await this.resync();
        await this.reloadWhereNeeded();
        if (this.failing) this.deps.log('Redis fan-out resumed');
        this.failing = false;
        await this.readOnce();
      } catch (err) {
        if (this.closed) break;
        if (!this.failing)
          this.deps.log(`Redis fan-out interrupted (${err instanceof Error ? err.message : String(err)}); retrying`);
        this.failing = true;
        await this.pause(200);
      }
    }
  }

  /** After a (re)connection: which rooms can resume after their cursor, and which must reload. */
  private async resync(): Promise<void> {
    const epoch = this.epoch;
    this.clientId = Number(await this.deps.client.sendCommand(['CLIENT', 'ID']));
    const runId = await serverRunId(this.deps.client);
    const restarted = this.runId !== null && runId !== this.runId;
    if (restarted) this.deps.log('Redis restarted: reloading every loaded document from storage');
    this.runId = runId;
    for (const [room, w] of this.rooms) {
      if (w.cursor === null) continue;
      if (restarted || (await trimmedPast(this.deps.client, this.deps.keyOf(room), w.cursor))) w.cursor = null;
    }
    this.syncedEpoch = epoch;
  }

  /** Reloads, from storage, the rooms whose cursor is unknown; the stream position is taken first. */
  private async reloadWhereNeeded(): Promise<void> {
    const now = Date.now();
    const due = [...this.rooms].filter(([, w]) => w.cursor === null && w.retryAt <= now);
    await Promise.all(
      due.map(async ([room, w]) => {
        const position = await this.position(room);
        try {
          await w.sink.reload();
          w.cursor = position;
          this.deps.onReload(room);
        } catch (err) {
          w.retryAt = Date.now() + 1000;
          this.deps.log(
            `room ${room}: reloading from storage failed (${err instanceof Error ? err.message : String(err)}); will retry`,
          );
        }
      }),
    );
  }

  private async readOnce(): Promise<void> {
    const watched = [...this.rooms].filter(([, w]) => w.cursor !== null);
    if (watched.length === 0) return this.pause(this.rooms.size > 0 ? 200 : 5000);
    const args = ['XREAD', 'COUNT', String(this.count), 'BLOCK', String(BLOCK_MS), 'STREAMS'];
    args.push(...watched.map(([room]) => this.deps.keyOf(room)), ...watched.map(([, w]) => w.cursor!));
    this.blocked = true;
    let reply: unknown;
    try {
      reply = await this.deps.client.sendCommand(args, BINARY);
    } finally {
      this.blocked = false;
    }
    const byKey = parseXread(reply);
    for (const [room, w] of watched) {
      const entries = byKey.get(this.deps.keyOf(room));
      if (!entries || this.rooms.get(room) !== w || w.cursor === null) continue;
      const before = w.cursor;
      const lost =
        this.apply(room, w, entries) ||
        (entries.length >= this.count && (await trimmedPast(this.deps.client, this.deps.keyOf(room), before)));
      if (lost) w.cursor = null;
    }
  }

  /** Applies entries in order; true when one of them asks for a reload (an instance could not publish). */
  private apply(room: string, w: Watched, entries: StreamEntry[]): boolean {
    let reload = false;
    for (const entry of entries) {
      w.cursor = entry.id;
      if (entry.fields.get('o')?.toString() === this.deps.instance) continue;
      if (entry.fields.has('r')) {
        reload = true;
        continue;
      }
      const update = entry.fields.get('u');
      if (!update) continue;
      try {
        w.sink.applyRemote(new Uint8Array(update));
      } catch (err) {
        this.deps.log(`room ${room}: could not apply entry ${entry.id} from the stream: ${String(err)}`);
      }
      const sentAt = Number(entry.fields.get('t')?.toString());
      // Another machine's clock: a little skew could make it negative.
      if (Number.isFinite(sentAt)) this.deps.onLag(Math.max(0, Date.now() - sentAt));
    }
    return reload;
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wakeIdle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
