import type { Writable } from 'node:stream';
import type { WebSocket } from 'ws';

/** Bytes handed to the sockets of one room and not yet written out, against the room's limit. */
export class RoomSendBudget {
  queued = 0;
  private waiting = new Set<() => void>();

  constructor(readonly maxBytes: number) {}

  /** True while the room's connections hold more than the limit: requests wait. */
  full(): boolean {
    return this.queued >= this.maxBytes;
  }

  /** Calls `wake` once, when the room is below its limit again. */
  wait(wake: () => void): void {
    this.waiting.add(wake);
  }

  add(bytes: number): void {
    this.queued += bytes;
  }

  sub(bytes: number): void {
    this.queued -= bytes;
    if (this.waiting.size === 0 || this.full()) return;
    const woken = [...this.waiting];
    this.waiting.clear();
    for (const wake of woken) wake();
  }
}

/** The socket under a WebSocket, which frames may be held in while a turn of the event loop sends. */
export type Corkable = Pick<Writable, 'cork' | 'uncork'>;

/**
 * What one connection handed to its socket and has not seen written yet (ws's bufferedAmount,
 * counted per message through the send callbacks). Behind the message being written (which may
 * be a whole document, for a first sync) at most `maxBytes` may wait; the room as a whole at most
 * its budget's limit, unless this connection's queue is empty. The frames sent in one turn of the
 * event loop (the forwards of every update in one read from a fast writer, an ack beside them) go
 * to the kernel in one write, not one system call each.
 */
export class SendQueue {
  /** Sizes of the messages not yet written, oldest first, from `head` on. */
  private sizes: number[] = [];
  private head = 0;
  private queuedBytes = 0;
  private released = false;
  private corked = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly room: RoomSendBudget,
    private readonly maxBytes: number,
    private readonly onWritten: () => void,
    private readonly socket: Corkable | null = null,
  ) {}

  /** Bytes not yet written. */
  get queued(): number {
    return this.queuedBytes;
  }

  /** Sends `frame`; false, sending nothing, when this connection is too far behind (close it). */
  send(frame: Uint8Array): boolean {
    if (this.queuedBytes > 0) {
      if (this.behind() + frame.length > this.maxBytes) return false;
      if (this.room.queued + frame.length > this.room.maxBytes) return false;
    }
    this.sizes.push(frame.length);
    this.queuedBytes += frame.length;
    this.room.add(frame.length);
    if (this.socket && !this.corked) {
      this.corked = true;
      this.socket.cork();
      process.nextTick(this.uncork);
    }
    this.ws.send(frame, this.afterWrite);
    return true;
  }

  /** ws's callback of every send (one function per connection, not one per message). */
  private readonly afterWrite = (err?: Error | null): void => (err ? this.release() : this.written());

  private readonly uncork = (): void => {
    this.corked = false;
    this.socket?.uncork();
  };

  /** True while what waits behind the message being written is over half the limit: stop reading requests. */
  congested(): boolean {
    return this.behind() > this.maxBytes / 2;
  }

  /** The connection closed or its socket failed: its bytes no longer count (the socket is being dropped). */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.room.sub(this.queuedBytes);
    this.queuedBytes = 0;
    this.sizes = [];
  }

  private behind(): number {
    return this.queuedBytes - (this.sizes[this.head] ?? 0);
  }

  private written(): void {
    if (this.released) return;
    const size = this.sizes[this.head++] ?? 0;
    // Drop the sizes of written messages: at once when nothing waits (the usual case: a thousand
    // connections each kept up to a thousand of them otherwise), or once they are most of the array.
    if (this.head === this.sizes.length) {
      this.sizes.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.sizes.length) {
      this.sizes = this.sizes.slice(this.head);
      this.head = 0;
    }
    this.queuedBytes -= size;
    this.room.sub(size);
    this.onWritten();
  }
}
