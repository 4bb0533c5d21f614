import type * as Y from 'yjs';
import { connectClient } from '../../test/relay/support/clients.ts';
import type { SyncClient } from '../../test/relay/support/clients.ts';
import { nowMs } from './clock.ts';

/**
 * Connects a stock y-websocket client (as the app does: with acks) to `room` and resolves when it has
 * received the relay's sync step 2, with the time from opening the socket. Event-driven: no polling.
 */
export function timeFirstSync(
  relayUrl: string,
  room: string,
  token: string,
  timeoutMs = 120_000,
): Promise<{ ms: number; client: SyncClient; doc: Y.Doc }> {
  const start = nowMs();
  const client = connectClient(relayUrl, room, token, { ack: true });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.destroy();
      reject(new Error(`first sync of ${room} took over ${timeoutMs} ms`));
    }, timeoutMs);
    const onSync = (synced: boolean) => {
      if (!synced) return;
      const ms = nowMs() - start;
      clearTimeout(timer);
      client.provider.off('sync', onSync);
      resolve({ ms, client, doc: client.doc });
    };
    client.provider.on('sync', onSync);
  });
}
