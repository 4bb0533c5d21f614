import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { CLOSE_RESTARTING, CLOSE_STORAGE_FAILURE } from '../../shared/protocol/closeCodes.ts';
import { Authenticator } from '../auth/authenticator.ts';
import { loadOrCreateSigningKey } from '../auth/signingKey.ts';
import { SqliteTokenStore } from '../auth/sqliteTokenStore.ts';
import { GroupCommit } from '../storage/groupCommit.ts';
import { openDatabase } from '../storage/sqliteDatabase.ts';
import { SqliteUpdateStore } from '../storage/sqliteUpdateStore.ts';
import { AddressCounter, clientAddress } from './address.ts';
import { admit } from './admission.ts';
import type { Admitted, Refused } from './admission.ts';
import { Connection } from './connection.ts';
import { httpHandler } from './httpHandler.ts';
import { stderrLog } from './log.ts';
import type { Log } from './log.ts';
import type { RelayConfig } from './options.ts';
import { RoomRegistry } from './roomRegistry.ts';
import { startTokenSweep } from './tokenSweep.ts';

/** A running relay. */
export interface RunningRelay {
  /** `ws://host:port` with the real port. */
  url: string;
  port: number;
  /** Stops reading, flushes every accepted update, closes sockets with 1012 and the database. */
  stop(): Promise<void>;
}

/** Starts the relay described by `config`. */
export async function startRelay(config: RelayConfig, log: Log = stderrLog): Promise<RunningRelay> {
  const db = openDatabase(config.dataDir);
  const { key, created } = loadOrCreateSigningKey(config.dataDir);
  if (created) log(`created a new signing key in ${config.dataDir}`);
  const store = new SqliteUpdateStore(db);
  const authenticator = new Authenticator(key, new SqliteTokenStore(db));
  const commit = new GroupCommit(store, { delayMs: config.commitDelayMs, maxEntries: 1000, maxBytes: 8 << 20 });
  const registry = new RoomRegistry({ store, commit, compactEvery: config.compactEvery, idleUnloadMs: config.idleUnloadMs, log });
  const addresses = new AddressCounter();
  const connections = new Set<Connection>();
  const startedAt = Date.now();
  let stopping = false;

  const health = () => ({
    status: 'ok',
    service: 'concord-relay',
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    rooms: registry.all().length,
    connections: connections.size,
  });
  const server = http.createServer(httpHandler(config.webDir, health));
  // Frames between maxFrameBytes and this cap get our 4413; ws itself drops anything bigger (1009).
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxFrameBytes * 2, perMessageDeflate: false, clientTracking: false });

  const accept = (ws: WebSocket, address: string, decision: Admitted | Refused): void => {
    ws.on('error', (err) => log(`socket error from ${address}: ${err.message}`));
    if (!decision.ok || stopping) {
      const { code, reason } = decision.ok ? { code: CLOSE_RESTARTING, reason: 'relay restarting' } : decision;
      if (!decision.ok) log(`refused ${address}: ${code} ${reason}`);
      ws.close(code, reason);
      return;
    }
    const room = registry.acquire(decision.room.room);
    const limits = { maxFrameBytes: config.maxFrameBytes, maxDocumentBytes: config.maxDocumentBytes, maxMessagesPerSecond: config.maxMessagesPerSecond };
    const conn = new Connection(ws, room, { token: decision.token, address, wantsAck: decision.wantsAck, ...limits }, log);
    connections.add(conn);
    room.join(conn);
    ws.on('close', () => {
      conn.closed = true;
      connections.delete(conn);
      room.leave(conn);
    });
    room.ready.then(
      () => conn.start(),
      () => conn.close(CLOSE_STORAGE_FAILURE, 'relay storage failure'),
    );
  };

  const onUpgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    socket.on('error', () => socket.destroy());
    if (stopping) return void socket.destroy();
    const address = clientAddress(req, config.trustProxy);
    const openFromAddress = addresses.count(address);
    addresses.add(address);
    socket.once('close', () => addresses.remove(address));
    let decision: Admitted | Refused;
    try {
      decision = await admit(req, { authenticator, openFromAddress, maxConnectionsPerAddress: config.maxConnectionsPerAddress });
    } catch (err) {
      log(`admission failed for ${address}: ${String(err)}`);
      decision = { ok: false, code: CLOSE_STORAGE_FAILURE, reason: 'relay error' };
    }
    if (socket.destroyed) return;
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, address, decision));
  };
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => void onUpgrade(req, socket, head));

  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const sweep = startTokenSweep(connections, authenticator, config.tokenRecheckMs);

  let stopped: Promise<void> | null = null;
  const stop = async (): Promise<void> => {
    stopping = true;
    sweep.stop();
    server.close();
    for (const conn of connections) conn.drain();
    await commit.flush();
    const closed = [...connections].map((c) => new Promise<void>((resolve) => c.ws.once('close', () => resolve())));
    for (const conn of connections) conn.close(CLOSE_RESTARTING, 'relay restarting');
    await registry.closeAll();
    await commit.flush();
    await Promise.race([Promise.all(closed), new Promise((r) => setTimeout(r, 1000).unref())]);
    for (const conn of connections) conn.ws.terminate();
    server.closeAllConnections();
    await store.close();
  };
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return { url: `ws://${host}:${port}`, port, stop: () => (stopped ??= stop()) };
}
