import type { RawData, WebSocket } from 'ws';
import {
  CLOSE_FRAME_TOO_LARGE,
  CLOSE_MALFORMED,
  CLOSE_RATE_LIMITED,
  CLOSE_TOO_SLOW,
} from '../../shared/protocol/closeCodes.ts';
import { encodeAckMessage, encodeDeclinedMessage } from '../../shared/protocol/ack.ts';
import { encodeRoleMessage } from '../../shared/protocol/role.ts';
import type { Role, TokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { toClose } from './closeError.ts';
import { InboundQueue } from './inbound.ts';
import type { Log } from './log.ts';
import { SendQueue } from './sendQueue.ts';
import type { Corkable, RoomSendBudget } from './sendQueue.ts';

/** The per-connection limits (docs/relay.md, Limits). */
export interface ConnectionLimits {
  maxFrameBytes: number;
  maxDocumentBytes: number;
  maxSyncClients: number;
  maxMessagesPerSecond: number;
  maxBytesPerSecond: number;
  maxCpuMsPerSecond: number;
  maxRateWaitMs: number;
  maxSendQueueBytes: number;
  closeGraceMs: number;
}

/** What the relay knows about a connection when it accepts it. */
export interface ConnectionInfo {
  token: TokenPayload;
  /** The member's current role (the relay's store may differ from the token: an owner changed it). */
  role: Role;
  address: string;
  wantsAck: boolean;
  /** The socket under the WebSocket: what the connection sends in one turn goes out in one write. */
  socket?: Corkable;
}

/**
 * What a connection's room does with its frames: the Yjs sync protocol (`yjsChannel.ts`) or the
 * sealed-record protocol of private rooms (`sealed/sealedRoom.ts`).
 */
export interface RoomChannel {
  readonly name: string;
  /** Bytes all the room's connections may have waiting to be sent. */
  readonly sendBudget: RoomSendBudget;
  /** Greets a connection once the room is loaded. */
  greet(conn: Connection): void;
  /** Handles one complete frame; throws (a CloseError or a decoding error) to close the connection. */
  handle(conn: Connection, frame: Uint8Array): void;
  /** Whether `frame` asks for the room's whole state (its first answer is not charged to the byte rate). */
  isCatchUp(frame: Uint8Array): boolean;
  /** Resolves when everything accepted so far is durable. */
  durable(): Promise<void>;
}

/** One client socket in one room: limits, back-pressure both ways, buffering until the room is loaded, acks. */
export class Connection {
  started = false;
  closed = false;
  readonly role: Role;
  readonly member: string;
  readonly maxDocumentBytes: number;
  readonly maxSyncClients: number;
  readonly ackWhenDurable: ((clocks: Map<number, number>) => void) | null;
  readonly inbound: InboundQueue;
  readonly outbound: SendQueue;
  private paused = false;
  /** Bytes handed to `send` so far (to charge replies to the byte rate). */
  private sentBytes = 0;
  /** The first sync answer (the whole document for a new member) is not charged; later ones are. */
  private firstSyncAnswered = false;
  /** Clocks durable and not yet acknowledged. */
  private readonly pendingAck = new Map<number, number>();
  private ackScheduled = false;
  /** Clocks waiting for the room's current write (one promise reaction per group commit, not per update). */
  private awaiting: { write: Promise<void>; clocks: Map<number, number> } | null = null;
  private loggedDecline = false;

  constructor(
    readonly ws: WebSocket,
    readonly room: RoomChannel,
    readonly info: ConnectionInfo,
    private readonly limits: ConnectionLimits,
    private readonly log: Log,
  ) {
    this.role = info.role;
    this.member = info.token.id;
    this.maxDocumentBytes = limits.maxDocumentBytes;
    this.maxSyncClients = limits.maxSyncClients;
    this.ackWhenDurable = info.wantsAck ? (clocks) => this.ackLater(clocks) : null;
    this.outbound = new SendQueue(
      ws,
      room.sendBudget,
      limits.maxSendQueueBytes,
      () => this.inbound.pump(),
      info.socket,
    );
    this.inbound = new InboundQueue(
      {
        messagesPerSecond: limits.maxMessagesPerSecond,
        bytesPerSecond: limits.maxBytesPerSecond,
        cpuMsPerSecond: limits.maxCpuMsPerSecond,
        maxWaitMs: limits.maxRateWaitMs,
        maxHeldBytes: limits.maxFrameBytes + (1 << 20),
      },
      {
        blocked: () => this.blocked(),
        waitForRoom: (wake) => this.room.sendBudget.wait(wake),
        handle: (frame) => this.process(frame),
        pause: () => this.setPaused(true),
        resume: () => this.setPaused(false),
        flood: (reason) => this.close(CLOSE_RATE_LIMITED, reason),
      },
    );
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    ws.on('close', () => {
      this.inbound.stop();
      this.outbound.release();
    });
  }

  /**
   * The room is loaded: handle what the client sent meanwhile (its sync step 1 first: a new member
   * gets the document before anything else), then greet it (our state vector, current presence).
   */
  start(): void {
    if (this.closed) return;
    this.started = true;
    // The role first, so the app gates its controls before the first sync (Concord clients only).
    if (this.info.wantsAck) this.send(encodeRoleMessage(this.role));
    this.inbound.pump();
    if (this.closed) return;
    this.room.greet(this);
  }

  /** Sends a frame, or closes the connection (4408) when it is too far behind to take more. */
  send(frame: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.sentBytes += frame.length;
    if (!this.outbound.send(frame))
      this.close(CLOSE_TOO_SLOW, `too slow: over ${this.limits.maxSendQueueBytes} bytes waiting to be sent`);
  }

  /** Stops handling incoming frames (shutdown: nothing new may arrive between the last flush and the close). */
  drain(): void {
    this.started = false;
    this.inbound.stop();
  }

  /** Closes this connection once, logging why; the socket is dropped if the client does not answer in time. */
  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.inbound.stop();
    this.outbound.release();
    // Read again, so that the client's answer to the close frame arrives.
    if (this.paused) this.ws.resume();
    if (code !== 1000 && code !== 1012)
      this.log(`closed ${this.info.address} ${this.room.name} (${this.info.token.id}): ${code} ${reason}`);
    closeWithin(this.ws, code, reason, this.limits.closeGraceMs);
  }

  declined(update: Uint8Array, clocks: Map<number, number>): void {
    // A stock client answers sync step 1 with an empty update even as a viewer; only real attempts count.
    if (update.length <= 2 || clocks.size === 0) return;
    // Told, so that its app stops counting them as waiting (and sets them aside).
    if (this.info.wantsAck) this.send(encodeDeclinedMessage(clocks));
    if (this.loggedDecline) return;
    this.loggedDecline = true;
    this.log(`declined updates from ${this.role} ${this.info.token.id} in ${this.room.name}`);
  }

  /** True while the relay does not read this connection's socket (rate, back-pressure, loading). */
  get isPaused(): boolean {
    return this.paused;
  }

  /** Why incoming frames must wait: the room is loading, the socket is going away, or sends are behind. */
  private blocked(): 'self' | 'room' | null {
    if (!this.started || this.ws.readyState !== this.ws.OPEN || this.outbound.congested()) return 'self';
    return this.room.sendBudget.full() ? 'room' : null;
  }

  private setPaused(paused: boolean): void {
    if (paused === this.paused || this.closed) return;
    this.paused = paused;
    if (paused) this.ws.pause();
    else this.ws.resume();
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) return this.close(CLOSE_MALFORMED, 'text frames are not part of the protocol');
    const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
    if (buf.length > this.limits.maxFrameBytes) return this.close(CLOSE_FRAME_TOO_LARGE, 'frame too large');
    // Copy: the decoder must not see the rest of a pooled buffer, and stored updates must not pin it.
    this.inbound.push(new Uint8Array(buf));
  }

  private process(frame: Uint8Array): void {
    if (this.closed) return;
    const sentBefore = this.sentBytes;
    try {
      this.room.handle(this, frame);
    } catch (err) {
      const { code, reason } = toClose(err);
      this.close(code, reason);
    }
    // The room never sends a connection's own changes back to it: what was sent meanwhile answered it.
    const firstSync = !this.firstSyncAnswered && this.room.isCatchUp(frame);
    if (firstSync) this.firstSyncAnswered = true;
    else this.inbound.charge(this.sentBytes - sentBefore);
  }

  private ackLater(clocks: Map<number, number>): void {
    const write = this.room.durable();
    let waiting = this.awaiting;
    if (!waiting || waiting.write !== write) {
      const fresh = { write, clocks: new Map<number, number>() };
      this.awaiting = waiting = fresh;
      write.then(
        () => {
          if (this.awaiting === fresh) this.awaiting = null;
          this.acknowledge(fresh.clocks);
        },
        () => undefined,
      );
    }
    for (const [client, clock] of clocks)
      if (clock > (waiting.clocks.get(client) ?? -1)) waiting.clocks.set(client, clock);
  }

  private acknowledge(clocks: Map<number, number>): void {
    for (const [client, clock] of clocks)
      if (clock > (this.pendingAck.get(client) ?? -1)) this.pendingAck.set(client, clock);
    if (this.ackScheduled) return;
    this.ackScheduled = true;
    // Coalesce: acks of several group commits that complete in the same turn go out as one message.
    setImmediate(() => {
      this.ackScheduled = false;
      if (this.pendingAck.size === 0) return;
      this.send(encodeAckMessage(this.pendingAck));
      this.pendingAck.clear();
    });
  }
}

/** Sends a close frame and drops the socket unless the client completes the closing handshake within `graceMs`. */
export function closeWithin(ws: WebSocket, code: number, reason: string, graceMs: number): void {
  if (ws.readyState === ws.CLOSED) return;
  ws.close(code, reason);
  const timer = setTimeout(() => ws.terminate(), graceMs);
  timer.unref();
  ws.once('close', () => clearTimeout(timer));
}
