import crypto from 'node:crypto';
import type { Log } from '../relay/log.ts';
import type { Fanout, FanoutHealth, RemoteSink, RoomLink } from './fanout.ts';
import { PresenceChannel } from './presenceChannel.ts';
import { connectWithin, createRedisClient, destroyQuietly, serverRunId } from './redisClient.ts';
import type { RedisClient } from './redisClient.ts';
import { StreamReader } from './streamReader.ts';

/** How to reach Redis and what to report. */
export interface RedisFanoutOptions {
  url: string;
  /** Prefix of every key and channel, so several relay clusters (or test runs) can share one Redis. */
  prefix: string;
  /** Approximate length each room's stream is trimmed to (XADD MAXLEN ~). */
  maxLen: number;
  log: Log;
  onLag?(ms: number): void;
  onReload?(room: string): void;
}

/**
 * Fan-out through Redis. Each instance XADDs the updates it stored to the room's stream (fields o:
 * instance, t: time in ms, u: the update) and reads the streams of its loaded rooms (StreamReader).
 * A publish that fails (Redis unreachable) marks the room; once Redis is back, the instance adds a
 * reload marker (field r) to the stream, and the other instances reload that room from storage,
 * which already holds the update. Presence goes over pub/sub (PresenceChannel), never stored.
 */
export class RedisFanout implements Fanout {
  readonly kind = 'redis';
  /** Rooms with updates this instance could not publish, and how many (a marker clears only what it covers). */
  private readonly unpublished = new Map<string, number>();
  private readonly marking = new Set<string>();
  private readonly retryTimer: NodeJS.Timeout;
  private lastError = '';

  private constructor(
    readonly instance: string,
    private readonly options: RedisFanoutOptions,
    private readonly publisher: RedisClient,
    private readonly reader: StreamReader,
    private readonly presence: PresenceChannel,
    private readonly clients: RedisClient[],
  ) {
    publisher.on('ready', () => this.markReloads());
    this.retryTimer = setInterval(() => this.markReloads(), 1000);
    this.retryTimer.unref();
  }

  /** Connects (three connections: commands, the blocking reader, pub/sub); throws when Redis is unreachable. */
  static async connect(options: RedisFanoutOptions): Promise<RedisFanout> {
    let fanout: RedisFanout | null = null;
    const onError = (err: Error) => fanout?.noteError(err);
    const [publisher, readerClient, subscriber] = ['publish', 'reader', 'presence'].map((role) =>
      createRedisClient(options.url, `concord-relay-${role}`, onError),
    );
    const all = [publisher!, readerClient!, subscriber!];
    try {
      for (const client of all) await connectWithin(client, 10_000);
      await serverRunId(publisher!);
    } catch (err) {
      for (const client of all) destroyQuietly(client);
      throw new Error(
        `cannot use Redis at ${redactUrl(options.url)}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    const instance = crypto.randomBytes(8).toString('hex');
    const keyOf = (room: string) => `${options.prefix}:updates:${room}`;
    const reader = new StreamReader({
      client: readerClient!,
      control: publisher!,
      keyOf,
      instance,
      maxLen: options.maxLen,
      log: options.log,
      onLag: (ms) => options.onLag?.(ms),
      onReload: (room) => options.onReload?.(room),
    });
    const presence = new PresenceChannel(publisher!, subscriber!, `${options.prefix}:presence:`, instance);
    fanout = new RedisFanout(instance, options, publisher!, reader, presence, all);
    return fanout;
  }

  position(room: string): Promise<string | null> {
    return this.reader.position(room).catch(() => null);
  }

  link(room: string, position: string | null, sink: RemoteSink): RoomLink {
    this.reader.add(room, position, sink);
    const presence = this.presence.join(room, sink);
    return {
      publish: (update) => this.publish(room, update),
      publishAwareness: (update, members) => presence.publish(update, members),
      close: () => {
        this.reader.remove(room);
        presence.leave();
      },
    };
  }

  health(): FanoutHealth {
    const ok = this.clients.every((c) => c.isReady) && this.reader.ok && this.unpublished.size === 0;
    return ok
      ? { kind: 'redis', ok }
      : { kind: 'redis', ok, detail: this.lastError ? 'Redis unreachable' : 'reconnecting' };
  }

  async close(): Promise<void> {
    clearInterval(this.retryTimer);
    await this.reader.close();
    for (const client of this.clients) destroyQuietly(client);
  }

  private publish(room: string, update: Uint8Array): void {
    if (!this.publisher.isReady) return this.markUnpublished(room);
    const fields = [
      'o',
      this.instance,
      't',
      String(Date.now()),
      'u',
      Buffer.from(update.buffer, update.byteOffset, update.length),
    ];
    this.xadd(room, fields).catch(() => this.markUnpublished(room));
  }

  private markUnpublished(room: string): void {
    this.unpublished.set(room, (this.unpublished.get(room) ?? 0) + 1);
  }

  /** Tells the other instances to reload the rooms whose updates this one could not publish. */
  private markReloads(): void {
    if (!this.publisher.isReady) return;
    for (const [room, count] of this.unpublished) {
      if (this.marking.has(room)) continue;
      this.marking.add(room);
      this.xadd(room, ['o', this.instance, 't', String(Date.now()), 'r', '1'])
        .then(
          () => {
            // Updates that failed after the marker was sent are not covered by it: keep the room marked.
            if (this.unpublished.get(room) === count) this.unpublished.delete(room);
          },
          () => undefined,
        )
        .finally(() => this.marking.delete(room));
    }
  }

  private xadd(room: string, fields: Array<string | Buffer>): Promise<unknown> {
    const key = `${this.options.prefix}:updates:${room}`;
    return this.publisher.sendCommand(['XADD', key, 'MAXLEN', '~', String(this.options.maxLen), '*', ...fields]);
  }

  private noteError(err: Error): void {
    const message = err.message || String(err);
    if (message !== this.lastError) this.options.log(`Redis: ${message}`);
    this.lastError = message;
  }
}

/** The URL without its password, for messages. */
function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}
