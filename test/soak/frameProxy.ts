import http from 'node:http';
import WebSocket, { WebSocketServer } from 'ws';
import type { Random } from '../../shared/binding/differential/random.ts';

/** A WebSocket proxy in front of the relay that can delay and reorder frames, as a bad network does. */
export interface FrameProxy {
  url: string;
  /** From now on each frame waits a random 0..maxDelayMs (so frames overtake each other); 0 passes them at once. */
  setDelay(maxDelayMs: number): void;
  /** Frames delayed so far. */
  readonly delayed: number;
  close(): Promise<void>;
}

/** Close codes a peer may send (1005/1006 are only ever reported, never sent). */
function sendable(code: number): number {
  return code === 1000 ||
    (code >= 1001 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006) ||
    code >= 3000
    ? code
    : 1011;
}

/** Starts a frame proxy on a free loopback port forwarding to `target` (`ws://host:port`). */
export async function startFrameProxy(target: string, rnd: Random): Promise<FrameProxy> {
  let maxDelay = 0;
  let delayed = 0;
  const sockets = new Set<WebSocket>();
  const server = http.createServer();
  const wss = new WebSocketServer({ server, perMessageDeflate: false });
  wss.on('connection', (client, req) => {
    const upstream = new WebSocket(`${target}${req.url ?? '/'}`, { perMessageDeflate: false });
    sockets.add(client).add(upstream);
    let inFlight = 0;
    let closing: (() => void) | null = null;
    const early: WebSocket.RawData[] = [];
    const forward = (to: WebSocket, data: WebSocket.RawData) => {
      if (maxDelay === 0 && inFlight === 0) return void (to.readyState === WebSocket.OPEN && to.send(data));
      delayed++;
      inFlight++;
      setTimeout(
        () => {
          inFlight--;
          if (to.readyState === WebSocket.OPEN) to.send(data);
          if (inFlight === 0) closing?.();
        },
        Math.floor(rnd.next() * maxDelay),
      );
    };
    // A close follows the frames sent before it, however late they are.
    const closeAfterFrames = (close: () => void) => {
      closing = close;
      if (inFlight === 0) close();
    };
    client.on('message', (data) => {
      if (upstream.readyState === WebSocket.CONNECTING) early.push(data);
      else forward(upstream, data);
    });
    upstream.on('open', () => early.splice(0).forEach((d) => forward(upstream, d)));
    upstream.on('message', (data) => forward(client, data));
    upstream.on('close', (code, reason) =>
      closeAfterFrames(() => (code === 1006 ? client.terminate() : client.close(sendable(code), reason.toString()))),
    );
    client.on('close', () => closeAfterFrames(() => upstream.terminate()));
    upstream.on('error', () => client.terminate());
    client.on('error', () => upstream.terminate());
    const forget = () => sockets.delete(client) && sockets.delete(upstream);
    client.once('close', forget);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `ws://127.0.0.1:${port}`,
    setDelay: (ms) => void (maxDelay = ms),
    get delayed() {
      return delayed;
    },
    close: async () => {
      for (const s of sockets) s.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
