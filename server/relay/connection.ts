import type { RawData, WebSocket } from 'ws';
import { CLOSE_FRAME_TOO_LARGE, CLOSE_MALFORMED, CLOSE_RATE_LIMITED } from '../../shared/protocol/closeCodes.ts';
import { encodeAckMessage } from '../../shared/protocol/ack.ts';
import type { Role, TokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { toClose } from './closeError.ts';
import { syncStep1Frame, awarenessFrame } from './frames.ts';
import { handleMessage } from './handleMessage.ts';
import type { Sender } from './handleMessage.ts';
import type { Log } from './log.ts';
import type { Room } from './room.ts';
import { TokenBucket } from './tokenBucket.ts';

/** What the relay knows about a connection when it accepts it. */
export interface ConnectionInfo {
  token: TokenPayload;
  address: string;
  wantsAck: boolean;
  maxFrameBytes: number;
  maxDocumentBytes: number;
  maxMessagesPerSecond: number;
}

/** One client socket in one room: limits, buffering until the room is loaded, acks. */
export class Connection implements Sender {
  started = false;
  closed = false;
  readonly role: Role;
  readonly maxDocumentBytes: number;
  readonly ackWhenDurable: ((clocks: Map<number, number>) => void) | null;
  private queue: Uint8Array[] = [];
  private readonly bucket: TokenBucket;
  private readonly pendingAck = new Map<number, number>();
  private ackScheduled = false;
  private loggedRefusal = false;
  private draining = false;

  constructor(
    readonly ws: WebSocket,
    readonly room: Room,
    readonly info: ConnectionInfo,
    private readonly log: Log,
  ) {
    this.role = info.token.role;
    this.maxDocumentBytes = info.maxDocumentBytes;
    this.ackWhenDurable = info.wantsAck ? (clocks) => this.ackLater(clocks) : null;
    this.bucket = new TokenBucket(info.maxMessagesPerSecond, info.maxMessagesPerSecond * 10);
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
  }

  /** The room is loaded: greet the client (our state vector, current presence), then handle what it sent meanwhile. */
  start(): void {
    if (this.closed) return;
    this.started = true;
    this.send(syncStep1Frame(this.room.doc));
    if (this.room.awareness.getStates().size > 0) this.send(awarenessFrame(this.room.awareness));
    const queued = this.queue;
    this.queue = [];
    for (const frame of queued) this.process(frame);
  }

  send(frame: Uint8Array): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(frame);
  }

  /** Stops handling incoming frames (shutdown: nothing new may arrive between the last flush and the close). */
  drain(): void {
    this.started = false;
    this.queue = [];
    this.draining = true;
  }

  /** Closes this connection once, logging why. */
  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = [];
    if (code !== 1000 && code !== 1012)
      this.log(`closed ${this.info.address} ${this.room.name} (${this.info.token.id}): ${code} ${reason}`);
    this.ws.close(code, reason);
  }

  refused(update: Uint8Array): void {
    // A stock client answers sync step 1 with an empty update even as a viewer; only log real attempts.
    if (update.length <= 2 || this.loggedRefusal) return;
    this.loggedRefusal = true;
    this.log(`ignored updates from ${this.role} ${this.info.token.id} in ${this.room.name}`);
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed || this.draining) return;
    if (!isBinary) return this.close(CLOSE_MALFORMED, 'text frames are not part of the protocol');
    const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
    if (buf.length > this.info.maxFrameBytes) return this.close(CLOSE_FRAME_TOO_LARGE, 'frame too large');
    if (!this.bucket.take()) return this.close(CLOSE_RATE_LIMITED, 'too many messages');
    // Copy: the decoder must not see the rest of a pooled buffer, and stored updates must not pin it.
    const frame = new Uint8Array(buf);
    if (this.started) this.process(frame);
    else this.queue.push(frame);
  }

  private process(frame: Uint8Array): void {
    if (this.closed) return;
    try {
      handleMessage(this, this.room, frame);
    } catch (err) {
      const { code, reason } = toClose(err);
      this.close(code, reason);
    }
  }

  private ackLater(clocks: Map<number, number>): void {
    this.room.durable().then(
      () => {
        for (const [client, clock] of clocks)
          if (clock > (this.pendingAck.get(client) ?? -1)) this.pendingAck.set(client, clock);
        if (this.ackScheduled) return;
        this.ackScheduled = true;
        // Coalesce: every update of one group commit resolves in the same turn; send one ack for all.
        setImmediate(() => {
          this.ackScheduled = false;
          if (this.pendingAck.size === 0) return;
          this.send(encodeAckMessage(this.pendingAck));
          this.pendingAck.clear();
        });
      },
      () => undefined,
    );
  }
}
