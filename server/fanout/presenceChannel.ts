import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { PresenceMembers, RemoteSink } from './fanout.ts';
import type { RedisClient } from './redisClient.ts';

const UPDATE = 0;
const QUERY = 1;
/**
 * Bounds on the member list of one message (instances trust each other; a bug must not cost memory).
 * A QUERY is answered with all of a room's states: as many as --max-presence-room's default allows
 * (4 MiB at 64 bytes or more each).
 */
const MAX_MEMBERS = 65_536;
const MAX_MEMBER_CHARS = 200;

/**
 * Presence (awareness) between instances over Redis pub/sub, one channel per room; never stored.
 * A message is: varString instance, varUint kind, varUint8Array payload, and for an UPDATE the
 * members behind its client ids (varUint count, then varUint client id and varString member each; an
 * older instance stops reading before them). An instance that loads a room asks (QUERY) and the
 * others answer with their own clients' states, so its clients see everybody at once instead of at
 * the next renewal (every 15 s).
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
  join(room: string, sink: RemoteSink): { publish(update: Uint8Array, members: PresenceMembers): void; leave(): void } {
    this.joined.set(room, sink);
    this.subscribe(room);
    return {
      publish: (update, members) => this.send(room, UPDATE, update, members),
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
      if (kind === UPDATE) sink.applyRemoteAwareness(payload, readMembers(decoder));
      if (kind === QUERY) {
        const mine = sink.localAwareness();
        if (mine) this.send(room, UPDATE, mine.update, mine.members);
      }
    } catch {
      // A malformed presence message is dropped; presence renews itself.
    }
  }

  private send(room: string, kind: number, payload: Uint8Array, members?: PresenceMembers): void {
    if (!this.publisher.isReady) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.instance);
    encoding.writeVarUint(encoder, kind);
    encoding.writeVarUint8Array(encoder, payload);
    if (members) {
      encoding.writeVarUint(encoder, members.size);
      for (const [client, member] of members) {
        encoding.writeVarUint(encoder, client);
        encoding.writeVarString(encoder, member);
      }
    }
    this.publisher
      .sendCommand(['PUBLISH', this.prefix + room, Buffer.from(encoding.toUint8Array(encoder))])
      .catch(() => undefined);
  }
}

/** The members after an UPDATE's payload (none from an instance older than this list); throws when out of bounds. */
function readMembers(decoder: decoding.Decoder): Map<number, string> {
  const members = new Map<number, string>();
  if (!decoding.hasContent(decoder)) return members;
  const count = decoding.readVarUint(decoder);
  if (count > MAX_MEMBERS) throw new Error('presence: too many members');
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(decoder);
    const member = decoding.readVarString(decoder);
    if (member.length > MAX_MEMBER_CHARS) throw new Error('presence: member id too long');
    members.set(client, member);
  }
  return members;
}
