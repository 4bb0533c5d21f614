import type { Connection } from './connection.ts';
import type { Room } from './room.ts';

/**
 * Memory and queue figures for GET /debug/memory (opt-in, --debug-memory): the heap after a full
 * garbage collection when the process runs with --expose-gc, presence held per room, how many
 * rooms hold a Y.Doc (the others only their stored bytes), how many unloaded ones are still closing,
 * and the bytes waiting in both directions. Tests read it to tell bounded from unbounded growth.
 */
export function memoryReport(
  connections: ReadonlySet<Connection>,
  rooms: readonly Room[],
  roomsClosing = 0,
): Record<string, unknown> {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
  const presence = { states: 0, meta: 0, bytes: 0 };
  for (const room of rooms) {
    const s = room.presence.stats();
    presence.states += s.states;
    presence.meta += s.meta;
    presence.bytes += s.bytes;
  }
  const documentsBuilt = rooms.filter((room) => room.state.isBuilt).length;
  let sendQueuedBytes = 0;
  let heldBytes = 0;
  let paused = 0;
  for (const conn of connections) {
    sendQueuedBytes += conn.outbound.queued;
    heldBytes += conn.inbound.held;
    if (conn.isPaused) paused += 1;
  }
  return {
    rss,
    heapTotal,
    heapUsed,
    external,
    arrayBuffers,
    connections: connections.size,
    pausedConnections: paused,
    rooms: rooms.length,
    roomsClosing,
    documentsBuilt,
    presence,
    sendQueuedBytes,
    heldBytes,
  };
}
