import { createClient, RESP_TYPES } from 'redis';

/** A node-redis client speaking RESP2 (replies as plain arrays, which streamReplies.ts parses). */
export type RedisClient = ReturnType<typeof createRedisClient>;

/** Blob strings as Buffers: stream entries carry binary Yjs updates. */
export const BINARY = { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } };

/**
 * A client that reconnects by itself (backoff up to 1 s) and fails commands at once while
 * disconnected instead of queueing them: the fan-out knows what to do about a missed publish.
 */
export function createRedisClient(url: string, name: string, onError: (err: Error) => void) {
  const client = createClient({
    url,
    RESP: 2,
    name,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5000,
      keepAlive: true,
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1000),
    },
  });
  client.on('error', onError);
  return client;
}

/** Connects, or throws when Redis cannot be reached within `timeoutMs`. */
export async function connectWithin(client: RedisClient, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis not reachable within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    await Promise.race([client.connect(), timeout]);
  } catch (err) {
    destroyQuietly(client);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** Closes the connection at once, whatever state it is in. */
export function destroyQuietly(client: RedisClient): void {
  try {
    if (client.isOpen) client.destroy();
  } catch {
    // Already closed.
  }
}

/** Resolves once `client` is connected (at once when it is). */
export function whenReady(client: RedisClient): Promise<void> {
  if (client.isReady) return Promise.resolve();
  return new Promise((resolve) => client.once('ready', () => resolve()));
}

/** The server's run id: it changes when Redis restarts (and may then have lost streams). */
export async function serverRunId(client: RedisClient): Promise<string> {
  const info = String(await client.sendCommand(['INFO', 'server']));
  const runId = /run_id:(\w+)/.exec(info)?.[1];
  const version = /redis_version:(\d+)/.exec(info)?.[1];
  if (!runId) throw new Error('INFO server has no run_id');
  if (Number(version) < 7)
    throw new Error(`Redis ${version} is too old: the relay needs 7.0 or later (XINFO entries-added)`);
  return runId;
}
