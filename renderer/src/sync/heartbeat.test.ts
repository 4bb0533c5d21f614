import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { WebsocketProvider } from 'y-websocket';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS } from '../../../shared/protocol/messages.ts';
import { watchConnection } from './heartbeat.ts';

/** A socket whose network the test plays: it opens, delivers and goes silent when told. */
class ScriptedSocket {
  static made: ScriptedSocket[] = [];
  readyState = 0;
  binaryType = 'arraybuffer';
  sent: Uint8Array[] = [];
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: ArrayBuffer }) => void) | null = null;
  onclose: ((e: { code: number; reason: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    ScriptedSocket.made.push(this);
  }
  /** Called after each query for presence (the relay's answer, when the test plays one). */
  answer: (() => void) | null = null;
  send(data: Uint8Array): void {
    this.sent.push(data);
    if (data.length === 1 && data[0] === MESSAGE_QUERY_AWARENESS) queueMicrotask(() => this.answer?.());
  }
  close(): void {
    this.closed = true;
    this.readyState = 3;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  deliver(frame: Uint8Array): void {
    this.onmessage?.({ data: frame.slice().buffer });
  }
}

/** What the relay answers a presence query with: the room's presence. */
function presenceFrame(): Uint8Array {
  const other = new Awareness(new Y.Doc());
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(other, [other.clientID]));
  other.destroy();
  return encoding.toUint8Array(encoder);
}

const queries = (socket: ScriptedSocket) =>
  socket.sent.filter((f) => f.length === 1 && f[0] === MESSAGE_QUERY_AWARENESS).length;

/** Short enough for a test, long enough that a loaded machine's late timers never look like silence. */
const TIMING = { askAfterMs: 100, lostAfterMs: 3_000, checkEveryMs: 20 };

describe('watchConnection', () => {
  let provider: WebsocketProvider;
  let stop: () => void;
  beforeEach(() => {
    ScriptedSocket.made = [];
    provider = new WebsocketProvider('ws://relay.test/sync', 'room', new Y.Doc(), {
      WebSocketPolyfill: ScriptedSocket as unknown as typeof WebSocket,
      disableBc: true,
      maxBackoffTime: 100,
    });
    stop = watchConnection(provider, TIMING);
  });
  afterEach(() => {
    stop();
    provider.destroy();
  });

  it('asks a quiet connection for a sign of life, and keeps one that answers', async () => {
    const socket = ScriptedSocket.made[0]!;
    socket.answer = () => socket.deliver(presenceFrame()); // the relay answers every query
    socket.open();
    await vi.waitFor(() => expect(queries(socket)).toBeGreaterThanOrEqual(5), { timeout: 20_000 });
    expect(provider.wsconnected).toBe(true);
    expect(socket.closed).toBe(false);
    expect(ScriptedSocket.made).toHaveLength(1);
  });

  it('drops an open connection that stays silent and reconnects after the backoff', async () => {
    const socket = ScriptedSocket.made[0]!;
    socket.open();
    await vi.waitFor(() => expect(queries(socket)).toBeGreaterThan(0), { timeout: 20_000 });
    expect(socket.closed).toBe(false);
    await vi.waitFor(() => expect(socket.closed).toBe(true), { timeout: 20_000 });
    expect(provider.wsconnected).toBe(false);
    await vi.waitFor(() => expect(ScriptedSocket.made).toHaveLength(2), { timeout: 20_000 });
  });

  it('abandons a connection that never finishes opening', async () => {
    expect(provider.wsconnecting).toBe(true);
    await vi.waitFor(() => expect(ScriptedSocket.made[0]!.closed).toBe(true), { timeout: 20_000 });
    await vi.waitFor(() => expect(ScriptedSocket.made).toHaveLength(2), { timeout: 20_000 });
  });
});
