import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { RemoteSink } from './fanout.ts';
import type { RedisClient } from './redisClient.ts';

const UPDATE = 0;
const QUERY = 1;

/**
 * Presence (awareness) between instances over Redis pub/sub, one channel per room; never stored.
 * A message is: varString instance, varUint kind, varUint8Array payload. An instance that loads a
 * room asks (QUERY) and the others answer with their own clients' states, so its clients see
 * everybody at once instead of at the next renewal (every 15 s).
 */
export class PresenceChannel {
  private readonly joined = new Map<string, RemoteSink>();
  private readonly subscribed = new Set<string>();

  constructor(
    private readonly publisher: RedisClient,
    private readonly subscriber: RedisClient,
    private readonly prefix: string,
    private readonly instance: string,
  ) {
    // Subscriptions that failed while Redis was away are made again when it is back.
    subscriber.on('ready', () => {
      for (const room of this.joined.keys()) if (!this.subscribed.has(room)) this.subscribe(room);
    });
  }

  /** Subscribes the room; returns its publisher and the way out. */
  join(room: string, sink: RemoteSink): { publish(update: Uint8Array): void; leave(): void } {
    this.joined.set(room, sink);
    this.subscribe(room);
    return {
      publish: (update) => this.send(room, UPDATE, update),
      leave: () => {
        if (this.joined.get(room) !== sink) return;
        this.joined.delete(room);
        this.subscribed.delete(room);
        this.subscriber.unsubscribe(this.prefix + room).catch(() => undefined);
      },
    };
  }

  private subscribe(room: string): void {
    if (!this.subscriber.isReady) return;
    this.subscriber
      .subscribe(this.prefix + room, (message: Buffer) => this.receive(room, message), true)
      .then(
        () => {
          if (!this.joined.has(room)) return;
          this.subscribed.add(room);
          this.send(room, QUERY, new Uint8Array(0));
        },
        () => undefined,
      );
  }

  private receive(room: string, message: Buffer): void {
    const sink = this.joined.get(room);
    if (!sink) return;
    try {
      const decoder = decoding.createDecoder(new Uint8Array(message));
      if (decoding.readVarString(decoder) === this.instance) return;
      const kind = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (kind === UPDATE) sink.applyRemoteAwareness(payload);
      if (kind === QUERY) {
        const mine = sink.localAwareness();
        if (mine) this.send(room, UPDATE, mine);
      }
    } catch {
      // A malformed presence message is dropped; presence renews itself.
    }
  }

  private send(room: string, kind: number, payload: Uint8Array): void {
    if (!this.publisher.isReady) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.instance);
    encoding.writeVarUint(encoder, kind);
    encoding.writeVarUint8Array(encoder, payload);
    this.publisher
      .sendCommand(['PUBLISH', this.prefix + room, Buffer.from(encoding.toUint8Array(encoder))])
      .catch(() => undefined);
  }
}
