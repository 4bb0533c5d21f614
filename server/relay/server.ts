import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import {
  CLOSE_MADE_PRIVATE,
  CLOSE_RESTARTING,
  CLOSE_ROLE_CHANGED,
  CLOSE_STORAGE_FAILURE,
  CLOSE_TOO_MANY_CONNECTIONS,
  CLOSE_UNAUTHORIZED,
} from '../../shared/protocol/closeCodes.ts';
import { Authenticator } from '../auth/authenticator.ts';
import { GroupCommit } from '../storage/groupCommit.ts';
import type { UpdateStore } from '../storage/updateStore.ts';
import { AddressCounter, clientAddress } from './address.ts';
import { admit } from './admission.ts';
import type { Admitted, Refused } from './admission.ts';
import { openBackend } from './backend.ts';
import { encodeStorageMessage } from '../../shared/protocol/storage.ts';
import { closeWithin, Connection } from './connection.ts';
import { membersApi } from './api/membersApi.ts';
import { memoryReport } from './debugMemory.ts';
import { httpHandler } from './httpHandler.ts';
import { blobRoute } from './blobs/blobRoute.ts';
import { stderrLog } from './log.ts';
import type { Log } from './log.ts';
import type { RelayMetrics } from './metrics.ts';
import type { RelayConfig } from './relayConfig.ts';
import { originPolicy } from './origin.ts';
import { MADE_PRIVATE_REASON, PrivateWorkspaces } from './privateWorkspaces.ts';
import { Room } from './room.ts';
import { RoomRegistry } from './roomRegistry.ts';
import { SealedRoom } from './sealed/sealedRoom.ts';
import { yjsChannel } from './yjsChannel.ts';
import { loadReviewGate } from './reviewGateModule.ts';
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

/** Whether a connection is told when the relay cannot save: Concord's Yjs clients (sealed rooms have their own protocol). */
function hearsStorage(conn: Connection): boolean {
  return conn.info.wantsAck && !(conn.room instanceof SealedRoom);
}

/** Starts the relay described by `config`. */
export async function startRelay(config: RelayConfig, log: Log = stderrLog): Promise<RunningRelay> {
  const connections = new Set<Connection>();
  /** Whether the store's appends succeed (false from the first failed append until one succeeds). */
  let saving = true;
  const metricsOn = config.metrics || config.metricsToken !== '';
  // prom-client and its collectors (an event-loop monitor, a GC observer) cost CPU and memory: only when asked for.
  // The gauges read these when scraped, which happens only once everything below exists.
  const metrics: RelayMetrics | null = metricsOn
    ? new (await import('./metrics.ts')).RelayMetrics({
        connections: () => connections.size,
        rooms: (): number => rooms.all().length + sealedRooms.all().length,
        storageOk: () => backend.storageHealth().ok,
        fanoutOk: () => backend.fanout.health().ok,
        pendingWrites: () => writes.pending,
      })
    : null;
  const backend = await openBackend(config, log, {
    onLag: (ms) => metrics?.fanoutLag.observe(ms / 1000),
    onReload: () => metrics?.reloads.inc(),
    onSaving: (now) => {
      // Concord clients say why their changes wait ("the relay cannot save") instead of only counting them.
      saving = now;
      const frame = encodeStorageMessage(now);
      for (const conn of connections) if (conn.started && hearsStorage(conn)) conn.send(frame);
    },
  });
  const store: UpdateStore = metrics ? metrics.timed(backend.store) : backend.store;
  const authenticator = new Authenticator(backend.keys.keys, backend.tokens);
  const writes = new GroupCommit(store, {
    delayMs: config.commitDelayMs,
    intervalMs: config.commitIntervalMs,
    maxEntries: 1000,
    maxBytes: 8 << 20,
  });
  const onApplied = metrics ? (source: 'local' | 'remote') => metrics.countUpdate(source) : undefined;
  const roomLimits = {
    presence: {
      maxStateBytes: config.maxPresenceStateBytes,
      maxPerConnection: config.maxPresencePerConnection,
      maxRoomBytes: config.maxPresenceRoomBytes,
    },
    maxSendQueueBytes: config.maxRoomSendQueueBytes,
  };
  const registryOptions = { idleUnloadMs: config.idleUnloadMs, log };
  const rooms: RoomRegistry<Room> = new RoomRegistry<Room>(
    (name, hooks, after) =>
      new Room(
        name,
        {
          store,
          commit: writes,
          compactEvery: config.compactEvery,
          log,
          limits: roomLimits,
          fanout: backend.fanout,
          onApplied,
          ...hooks,
        },
        after,
      ),
    registryOptions,
  );
  const sealedRooms = new RoomRegistry<SealedRoom>(
    (name, hooks, after) =>
      new SealedRoom(
        name,
        {
          store,
          commit: writes,
          log,
          maxPresenceBytes: config.maxPresenceStateBytes,
          maxSendQueueBytes: config.maxRoomSendQueueBytes,
          keyLimits: config,
          fanout: backend.fanout,
          ...hooks,
        },
        after,
      ),
    registryOptions,
  );
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
      rooms: rooms.all().length + sealedRooms.all().length,
      connections: connections.size,
      storage,
      fanout,
      pendingWrites: writes.pending,
    };
  };
  const originAllowed = originPolicy(config.allowedOrigins);
  // An owner turning a shared workspace private: its ordinary rooms close and their rows go (docs/private-workspaces.md).
  const ordinaryRoomOf = (ws: string) => (name: string) => name === ws || name.startsWith(`${ws}/`);
  const privateWorkspaces = new PrivateWorkspaces({
    tokens: backend.tokens,
    store: { deleteOrdinaryRooms: (ws) => writes.exclusive(() => store.deleteOrdinaryRooms(ws)) },
    blobs: backend.blobs,
    closeOrdinary: (ws, code, reason) => {
      const ordinary = ordinaryRoomOf(ws);
      for (const conn of connections)
        if (!(conn.room instanceof SealedRoom) && ordinary(conn.room.name)) conn.close(code, reason);
    },
    unloadOrdinary: (ws) => rooms.unloadWhere(ordinaryRoomOf(ws)),
    log,
    now: Date.now,
  });
  // Sharing from the app: an owner's revocation or role change takes effect on this instance at once
  // (others notice within --token-recheck-ms, tokenSweep.ts).
  const api = membersApi({
    authenticator,
    tokens: backend.tokens,
    signingKey: backend.keys.key,
    originAllowed,
    trustProxy: config.trustProxy,
    limits: { bodyBytes: config.maxApiBodyBytes, perMinute: config.maxApiPerMinute, burst: config.maxApiBurst },
    log,
    now: Date.now,
    makePrivate: (ws) => privateWorkspaces.makePrivate(ws),
    onMemberChanged: (id, change) => {
      authenticator.forget(id);
      const [code, reason] =
        change === 'revoked' ? [CLOSE_UNAUTHORIZED, 'token revoked'] : [CLOSE_ROLE_CHANGED, 'role changed'];
      for (const conn of connections) if (conn.info.token.id === id) conn.close(code, reason);
    },
  });
  const server = http.createServer(
    {
      // Slow or silent clients may not hold sockets open: the request headers (and with them the
      // WebSocket upgrade) must arrive within the handshake timeout, checked every second. Only an
      // image upload has a body, which may take up to --blob-upload-timeout-ms.
      headersTimeout: config.handshakeTimeoutMs,
      requestTimeout: Math.max(config.handshakeTimeoutMs, config.blobUploadTimeoutMs),
      connectionsCheckingInterval: Math.min(1000, config.handshakeTimeoutMs),
    },
    httpHandler(config.webDir, {
      health,
      metrics: metrics ? () => metrics.render() : undefined,
      debugMemory: config.debugMemory ? () => memoryReport(connections, rooms.all(), rooms.closingCount) : undefined,
      token: config.metricsToken,
      routes: [
        blobRoute({
          store: backend.blobs,
          authenticator,
          originAllowed,
          maxBlobBytes: config.maxBlobBytes,
          maxWorkspaceBlobBytes: config.maxWorkspaceBlobBytes,
          maxBlobTransferBytes: config.maxBlobTransferBytes,
          isPrivate: (ws) => privateWorkspaces.isPrivate(ws),
          log,
        }),
        api,
      ],
    }),
  );
  server.maxConnections = config.maxConnectionsTotal;
  const connectionLimits = {
    maxFrameBytes: config.maxFrameBytes,
    maxDocumentBytes: config.maxDocumentBytes,
    maxSyncClients: config.maxSyncClients,
    maxMessagesPerSecond: config.maxMessagesPerSecond,
    maxBytesPerSecond: config.maxBytesPerSecond,
    maxCpuMsPerSecond: config.maxCpuMsPerSecond,
    maxRateWaitMs: config.maxRateWaitMs,
    maxSendQueueBytes: config.maxSendQueueBytes,
    closeGraceMs: config.closeGraceMs,
  };
  // Frames between maxFrameBytes and this cap get our 4413; ws itself drops anything bigger (1009).
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.maxFrameBytes * 2,
    perMessageDeflate: false,
    clientTracking: false,
  });

  const accept = (ws: WebSocket, socket: Duplex, address: string, decision: Admitted | Refused): void => {
    ws.on('error', (err) => log(`socket error from ${address}: ${err.message}`));
    // Made private while this connection was being let in.
    if (decision.ok && !decision.sealed && privateWorkspaces.knownPrivate(decision.room.workspaceId))
      decision = { ok: false, code: CLOSE_MADE_PRIVATE, reason: MADE_PRIVATE_REASON };
    // Only authenticated connections count against the per-address limit (a shared NAT or proxy is everyone).
    if (decision.ok && addresses.count(address) >= config.maxConnectionsPerAddress)
      decision = { ok: false, code: CLOSE_TOO_MANY_CONNECTIONS, reason: 'too many connections from this address' };
    if (!decision.ok || stopping) {
      const { code, reason } = decision.ok ? { code: CLOSE_RESTARTING, reason: 'relay restarting' } : decision;
      if (!decision.ok) log(`refused ${address}: ${code} ${reason}`);
      closeWithin(ws, code, reason, config.closeGraceMs);
      return;
    }
    addresses.add(address);
    const room = decision.sealed ? sealedRooms.acquire(decision.room.room) : rooms.acquire(decision.room.room);
    const conn = new Connection(
      ws,
      room instanceof SealedRoom ? room : yjsChannel(room),
      { token: decision.token, role: decision.role, address, wantsAck: decision.wantsAck, socket },
      connectionLimits,
      log,
    );
    connections.add(conn);
    room.join(conn);
    ws.on('close', () => {
      conn.closed = true;
      addresses.remove(address);
      connections.delete(conn);
      room.leave(conn);
    });
    room.ready.then(
      () => {
        conn.start();
        if (hearsStorage(conn) && !saving) conn.send(encodeStorageMessage(false));
      },
      () => conn.close(CLOSE_STORAGE_FAILURE, 'relay storage failure'),
    );
  };

  const onUpgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    socket.on('error', () => socket.destroy());
    if (stopping) return void socket.destroy();
    const address = clientAddress(req, config.trustProxy);
    let decision: Admitted | Refused;
    try {
      decision = await withinMs(
        admit(req, { authenticator, originAllowed, isPrivate: (ws) => privateWorkspaces.isPrivate(ws) }),
        config.handshakeTimeoutMs,
      );
      // A commenter's updates are checked: load the check before its first message.
      if (decision.ok && decision.role === 'commenter' && !decision.sealed) await loadReviewGate();
    } catch (err) {
      log(`admission failed for ${address}: ${String(err)}`);
      decision = { ok: false, code: CLOSE_STORAGE_FAILURE, reason: 'relay error' };
    }
    if (socket.destroyed) return;
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, socket, address, decision));
  };
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => void onUpgrade(req, socket, head));

  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // A workspace made private on another instance: its ordinary connections here close, their rows go.
  const privateElsewhere = async () => {
    const open = new Set<string>();
    for (const conn of connections) if (!(conn.room instanceof SealedRoom)) open.add(conn.room.name.split('/')[0]!);
    for (const ws of open) if (await privateWorkspaces.isPrivate(ws)) await privateWorkspaces.enforce(ws);
  };
  const sweep = startTokenSweep(connections, authenticator, config.tokenRecheckMs, privateElsewhere);

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
    await sealedRooms.closeAll();
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

/** `promise`, or a rejection once `ms` have passed. */
function withinMs<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

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
