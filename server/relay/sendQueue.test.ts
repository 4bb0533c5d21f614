import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { RoomSendBudget, SendQueue } from './sendQueue.ts';

const servers: http.Server[] = [];
const sockets: Duplex[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A WebSocket server over a real socket, a client connected to it, and the server's side of both. */
async function connectedPair(): Promise<{ server: WebSocket; socket: Duplex; client: WebSocket }> {
  const httpServer = http.createServer();
  servers.push(httpServer);
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const accepted = new Promise<{ server: WebSocket; socket: Duplex }>((resolve) =>
    httpServer.on('upgrade', (req, socket, head) =>
      wss.handleUpgrade(req, socket, head, (server) => {
        sockets.push(socket);
        resolve({ server, socket });
      }),
    ),
  );
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  await new Promise((resolve) => client.once('open', resolve));
  return { ...(await accepted), client };
}

/** Counts the writes a socket hands to the kernel (a corked socket writes what it held in one writev). */
function countWrites(socket: Duplex): () => number {
  const target = socket as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown>;
  let writes = 0;
  for (const method of ['_write', '_writev'] as const) {
    const original = target[method].bind(socket);
    target[method] = (...args: unknown[]) => {
      writes += 1;
      return original(...args);
    };
  }
  return () => writes;
}

function received(client: WebSocket, count: number): Promise<number[]> {
  const frames: number[] = [];
  return new Promise((resolve) =>
    client.on('message', (data: Buffer) => {
      frames.push(data[0]!);
      if (frames.length === count) resolve(frames);
    }),
  );
}

describe('SendQueue', () => {
  it('sends the frames of one turn in one socket write, in order, and counts them written', async () => {
    const { server, socket, client } = await connectedPair();
    const writes = countWrites(socket);
    const budget = new RoomSendBudget(1 << 20);
    let written = 0;
    const queue = new SendQueue(server, budget, 1 << 20, () => (written += 1), socket);
    const arrived = received(client, 20);
    for (let i = 0; i < 20; i++) expect(queue.send(new Uint8Array([i, 1, 2, 3]))).toBe(true);
    expect(await arrived).toEqual([...Array(20).keys()]);
    expect(writes()).toBe(1);
    expect(written).toBe(20);
    expect(queue.queued).toBe(0);
    expect(budget.queued).toBe(0);
    // A later turn is a write of its own.
    const more = received(client, 2);
    queue.send(new Uint8Array([20]));
    queue.send(new Uint8Array([21]));
    expect(await more).toEqual([20, 21]);
    expect(writes()).toBe(2);
  });

  it('without the socket, sends each frame as it comes', async () => {
    const { server, socket, client } = await connectedPair();
    const writes = countWrites(socket);
    const queue = new SendQueue(server, new RoomSendBudget(1 << 20), 1 << 20, () => undefined);
    const arrived = received(client, 5);
    for (let i = 0; i < 5; i++) queue.send(new Uint8Array([i]));
    expect(await arrived).toEqual([0, 1, 2, 3, 4]);
    expect(writes()).toBeGreaterThan(1);
  });
});
