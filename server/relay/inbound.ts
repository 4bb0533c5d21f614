import { TokenBucket } from './tokenBucket.ts';

/** What the inbound queue needs from its connection. */
export interface InboundHooks {
  /** Why frames must wait now besides the rate ('room': the room's send budget is full), or null. */
  blocked(): 'self' | 'room' | null;
  /** Calls `wake` once the room's send budget has room again. */
  waitForRoom(wake: () => void): void;
  handle(frame: Uint8Array): void;
  pause(): void;
  resume(): void;
  /** The connection kept sending faster than allowed for too long: close it (4429). */
  flood(reason: string): void;
}

/** Rate limits of one connection. */
export interface InboundLimits {
  messagesPerSecond: number;
  bytesPerSecond: number;
  /** Milliseconds per second the relay may spend handling the connection's frames. */
  cpuMsPerSecond: number;
  /** Held back by the rate limits this long without a break: a flood, not a burst. */
  maxWaitMs: number;
  /** Frames read while paused (ws parses what it had buffered) beyond this: a flood. */
  maxHeldBytes: number;
  now?: () => number;
}

/**
 * The frames a connection sent, handled in order as far as the limits allow: the rate (bytes per
 * second, and the time the relay spends handling them, the cost that matters for small messages;
 * bursts up to 10x; the bytes of replies count too, so that a request cannot make the relay send
 * more than the rate allows; a generous cap on messages per second) and back-pressure (the connection's own send queue,
 * its room's send budget, the room still loading). While a frame waits the socket is paused, so
 * TCP slows the sender down: a burst is delayed, not dropped. Only a connection held back by the
 * rate for `maxWaitMs` without a break (a break: its buckets back to half full) is closed.
 */
export class InboundQueue {
  private frames: Uint8Array[] = [];
  private head = 0;
  private bytes = 0;
  private timer: NodeJS.Timeout | null = null;
  private waitingForRoom = false;
  private throttledSince: number | null = null;
  private pumping = false;
  private stopped = false;
  private readonly messages: TokenBucket;
  private readonly volume: TokenBucket;
  private readonly cpu: TokenBucket;
  private readonly now: () => number;

  constructor(
    private readonly limits: InboundLimits,
    private readonly hooks: InboundHooks,
  ) {
    this.now = limits.now ?? (() => performance.now());
    this.messages = new TokenBucket(limits.messagesPerSecond, limits.messagesPerSecond * 10, this.now);
    this.volume = new TokenBucket(limits.bytesPerSecond, limits.bytesPerSecond * 10, this.now);
    this.cpu = new TokenBucket(limits.cpuMsPerSecond, limits.cpuMsPerSecond * 10, this.now);
  }

  /** Bytes of frames waiting. */
  get held(): number {
    return this.bytes;
  }

  /** A frame arrived. */
  push(frame: Uint8Array): void {
    if (this.stopped) return;
    this.frames.push(frame);
    this.bytes += frame.length;
    if (this.bytes > this.limits.maxHeldBytes) return this.hooks.flood('too much data waiting to be read');
    this.pump();
  }

  /** Handles waiting frames as far as the limits allow; call again when a reason to wait has passed. */
  pump(): void {
    if (this.pumping || this.stopped) return;
    this.pumping = true;
    try {
      this.run();
    } finally {
      this.pumping = false;
    }
  }

  /** Charges bytes sent in reply to a frame (a sync answer, the room's presence) to the byte rate. */
  charge(bytes: number): void {
    if (bytes > 0) this.volume.spend(bytes);
  }

  /** Drops everything and stops (the connection is closing or the relay shutting down). */
  stop(): void {
    this.stopped = true;
    this.frames = [];
    this.head = 0;
    this.bytes = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): void {
    // One clock read per frame: the end of a frame's handling is the next one's start.
    let now = this.now();
    while (this.head < this.frames.length && !this.stopped) {
      const blocked = this.hooks.blocked();
      if (blocked) {
        if (blocked === 'room' && !this.waitingForRoom) {
          this.waitingForRoom = true;
          this.hooks.waitForRoom(() => {
            this.waitingForRoom = false;
            this.pump();
          });
        }
        return this.hooks.pause();
      }
      if (!this.messages.available(now) || !this.volume.available(now) || !this.cpu.available(now))
        return this.throttle(now);
      const frame = this.frames[this.head++]!;
      if (this.head > 1024 && this.head * 2 > this.frames.length) {
        this.frames = this.frames.slice(this.head);
        this.head = 0;
      }
      this.messages.take(1, now);
      this.volume.take(frame.length, now);
      this.bytes -= frame.length;
      // The monotonic clock: process.cpuUsage() per frame cost a third of the main thread in a profile.
      this.hooks.handle(frame);
      const end = this.now();
      this.cpu.spend(end - now, end);
      now = end;
    }
    if (this.stopped) return;
    this.frames = [];
    this.head = 0;
    // A break: the sender stayed under the rate until half a burst was back.
    if (this.messages.level(now) >= 0.5 && this.volume.level(now) >= 0.5 && this.cpu.level(now) >= 0.5)
      this.throttledSince = null;
    this.hooks.resume();
  }

  private throttle(now: number): void {
    this.throttledSince ??= now;
    if (now - this.throttledSince > this.limits.maxWaitMs) return this.hooks.flood('sending too fast for too long');
    this.hooks.pause();
    if (this.timer) return;
    const wait = Math.max(this.messages.waitMs(now), this.volume.waitMs(now), this.cpu.waitMs(now), 1);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pump();
    }, wait);
    this.timer.unref();
  }
}
