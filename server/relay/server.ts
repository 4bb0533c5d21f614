import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { CLOSE_RESTARTING, CLOSE_STORAGE_FAILURE } from '../../shared/protocol/closeCodes.ts';
import { Authenticator } from '../auth/authenticator.ts';
import { GroupCommit } from '../storage/groupCommit.ts';
import type { UpdateStore } from '../storage/updateStore.ts';
import { AddressCounter, clientAddress } from './address.ts';
import { admit } from './admission.ts';
import type { Admitted, Refused } from './admission.ts';
import { openBackend } from './backend.ts';
import { Connection } from './connection.ts';
import { httpHandler } from './httpHandler.ts';
import { stderrLog } from './log.ts';
import type { Log } from './log.ts';
import { RelayMetrics } from './metrics.ts';
import type { RelayConfig } from './options.ts';
import { RoomRegistry } from './roomRegistry.ts';
import { startTokenSweep } from './tokenSweep.ts';

/** A running relay. */
export interface RunningRelay {
  /** `ws://host:port` with the real port. */
  url: string;
  port: number;
  /** Where the data lives (the second start-up line). */
  describe: string;
  /** Stops reading, flushes every accepted update, closes sockets with 1012 and the database. */
  stop(): Promise<void>;
}

/** Starts the relay described by `config`. */
export async function startRelay(config: RelayConfig, log: Log = stderrLog): Promise<RunningRelay> {
  const connections = new Set<Connection>();
  // The gauges read these when scraped, which happens only once everything below exists.
  const metrics: RelayMetrics = new RelayMetrics({
    connections: () => connections.size,
    rooms: (): number => rooms.all().length,
    storageOk: () => backend.storageHealth().ok,
    fanoutOk: () => backend.fanout.health().ok,
    pendingWrites: () => writes.pending,
  });
  const backend = await openBackend(config, log, {
    onLag: (ms) => metrics.fanoutLag.observe(ms / 1000),
    onReload: () => metrics.reloads.inc(),
  });
  const store: UpdateStore = metrics.timed(backend.store);
  const authenticator = new Authenticator(backend.keys.keys, backend.tokens);
  const writes = new GroupCommit(store, { delayMs: config.commitDelayMs, maxEntries: 1000, maxBytes: 8 << 20 });
  const onApplied = (source: 'local' | 'remote') => metrics.updates.inc({ source });
  const rooms: RoomRegistry = new RoomRegistry({
    store,
    commit: writes,
    compactEvery: config.compactEvery,
    idleUnloadMs: config.idleUnloadMs,
    log,
    fanout: backend.fanout,
    onApplied,
  });
  const addresses = new AddressCounter();
  const startedAt = Date.now();
  let stopping = false;

  const health = () => {
    const storage = backend.storageHealth();
    const fanout = backend.fanout.health();
    return {
      status: storage.ok && fanout.ok ? 'ok' : 'degraded',
      service: 'concord-relay',
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      rooms: rooms.all().length,
      connections: connections.size,
      storage,
      fanout,
      pendingWrites: writes.pending,
    };
  };
  const server = http.createServer(httpHandler(config.webDir, health, () => metrics.render()));
  // Frames between maxFrameBytes and this cap get our 4413; ws itself drops anything bigger (1009).
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.maxFrameBytes * 2,
    perMessageDeflate: false,
    clientTracking: false,
  });

  const accept = (ws: WebSocket, address: string, decision: Admitted | Refused): void => {
    ws.on('error', (err) => log(`socket error from ${address}: ${err.message}`));
    if (!decision.ok || stopping) {
      const { code, reason } = decision.ok ? { code: CLOSE_RESTARTING, reason: 'relay restarting' } : decision;
      if (!decision.ok) log(`refused ${address}: ${code} ${reason}`);
      ws.close(code, reason);
      return;
    }
    const room = rooms.acquire(decision.room.room);
    const limits = {
      maxFrameBytes: config.maxFrameBytes,
      maxDocumentBytes: config.maxDocumentBytes,
      maxMessagesPerSecond: config.maxMessagesPerSecond,
    };
    const conn = new Connection(
      ws,
      room,
      { token: decision.token, address, wantsAck: decision.wantsAck, ...limits },
      log,
    );
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
      decision = await admit(req, {
        authenticator,
        openFromAddress,
        maxConnectionsPerAddress: config.maxConnectionsPerAddress,
      });
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
    if (!(await settlesWithin(writes.flush(), STOP_WRITE_GRACE_MS))) {
      // Postgres is unavailable: what is not stored was never acknowledged; its authors' apps still
      // hold it and send it again to whichever instance they reconnect to.
      log(
        `storage unavailable at shutdown: ${writes.pending} accepted updates not stored (not acknowledged; their apps will send them again)`,
      );
      backend.abandonWrites();
      await writes.flush();
    }
    const closed = [...connections].map((c) => new Promise<void>((resolve) => c.ws.once('close', () => resolve())));
    for (const conn of connections) conn.close(CLOSE_RESTARTING, 'relay restarting');
    await rooms.closeAll();
    await writes.flush();
    await Promise.race([Promise.all(closed), new Promise((r) => setTimeout(r, 1000).unref())]);
    for (const conn of connections) conn.ws.terminate();
    server.closeAllConnections();
    await backend.close();
  };
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return { url: `ws://${host}:${port}`, port, describe: backend.describe, stop: () => (stopped ??= stop()) };
}

/** How long shutdown waits for the database to take the accepted updates. */
const STOP_WRITE_GRACE_MS = 10_000;

function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    timer.unref();
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
