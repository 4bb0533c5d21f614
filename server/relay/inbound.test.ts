import { describe, expect, it } from 'vitest';
import { InboundQueue } from './inbound.ts';

/** A queue with a hand-driven clock and hooks that record what happened. */
function harness(blocked: () => 'self' | 'room' | null = () => null, maxWaitMs = 5000) {
  let t = 0;
  const log = { handled: [] as number[], paused: 0, resumed: 0, flood: null as string | null, roomWaits: 0 };
  let wake: (() => void) | null = null;
  const queue = new InboundQueue(
    { messagesPerSecond: 10, bytesPerSecond: 1000, maxWaitMs, maxHeldBytes: 10_000, now: () => t },
    {
      blocked,
      waitForRoom: (w) => {
        log.roomWaits += 1;
        wake = w;
      },
      handle: (frame) => log.handled.push(frame[0]!),
      pause: () => (log.paused += 1),
      resume: () => (log.resumed += 1),
      flood: (reason) => {
        log.flood = reason;
        queue.stop();
      },
    },
  );
  return { queue, log, advance: (ms: number) => (t += ms), wakeRoom: () => wake?.() };
}

const frame = (n: number, size = 1) => new Uint8Array(size).fill(n);

describe('InboundQueue', () => {
  it('handles a burst up to 10x the rate at once, then holds the rest in order and pauses', () => {
    const { queue, log, advance } = harness();
    for (let i = 0; i < 105; i++) queue.push(frame(i % 256));
    expect(log.handled).toHaveLength(100);
    expect(log.paused).toBeGreaterThan(0);
    advance(300); // three more tokens
    queue.pump();
    expect(log.handled).toHaveLength(103);
    advance(1000);
    queue.pump();
    expect(log.handled.slice(100)).toEqual([100, 101, 102, 103, 104]);
    expect(log.flood).toBeNull();
  });

  it('counts bytes too: one large frame may overdraw, the next waits', () => {
    const { queue, log, advance } = harness(() => null, 60_000);
    queue.push(frame(1, 9000));
    queue.push(frame(2, 9000));
    queue.push(frame(3, 10));
    expect(log.handled).toEqual([1, 2]);
    queue.charge(5000); // a reply of 5,000 bytes: 13 seconds of debt at 1,000 bytes/s
    advance(12_900);
    queue.pump();
    expect(log.handled).toEqual([1, 2]);
    advance(200);
    queue.pump();
    expect(log.handled).toEqual([1, 2, 3]);
  });

  it('lets a burst through after a break, and closes a connection held back for longer than maxWaitMs without one', () => {
    const { queue, log, advance } = harness();
    for (let i = 0; i < 101; i++) queue.push(frame(1));
    for (let s = 0; s < 5; s++) {
      advance(1000);
      for (let i = 0; i < 10; i++) queue.push(frame(1));
    }
    expect(log.flood).toBeNull();
    advance(1000);
    for (let i = 0; i < 11; i++) queue.push(frame(1));
    expect(log.flood).toBe('too many messages');
  });

  it('does not count a burst after a break against the next one', () => {
    const { queue, log, advance } = harness();
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 110; i++) queue.push(frame(1));
      advance(11_000); // the bucket refills: the held frames go through and leave it more than half full
      queue.pump();
      queue.push(frame(2));
    }
    expect(log.flood).toBeNull();
    expect(log.handled).toHaveLength(5 * 111);
  });

  it('waits for the room, and never handles frames while blocked', () => {
    let room: 'room' | null = 'room';
    const { queue, log, wakeRoom } = harness(() => room);
    queue.push(frame(7));
    queue.push(frame(8));
    expect(log.handled).toEqual([]);
    expect(log.roomWaits).toBe(1);
    room = null;
    wakeRoom();
    expect(log.handled).toEqual([7, 8]);
    expect(log.resumed).toBeGreaterThan(0);
  });

  it('refuses to hold more than maxHeldBytes', () => {
    const { queue, log } = harness(() => 'self');
    queue.push(frame(1, 6000));
    expect(log.flood).toBeNull();
    queue.push(frame(2, 6000));
    expect(log.flood).toMatch(/too much data/);
  });
});
