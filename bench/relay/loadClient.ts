import * as Y from 'yjs';
import WebSocket from 'ws';
import type { Awareness } from 'y-protocols/awareness';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { connectClient } from '../../test/relay/support/clients.ts';
import type { ClientKind } from './workerProtocol.ts';

/**
 * `ws` with an 'error' listener of its own: Hocuspocus's destroy closes a socket that is still
 * connecting (a loaded machine), ws then emits 'error', and with no listener that killed the worker.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

/** One simulated collaborator: a Y.Doc synced through a provider, with presence. */
export interface LoadClient {
  doc: Y.Doc;
  awareness: Awareness;
  /** Resolves once the first sync with the server completed. */
  synced: Promise<void>;
  /** How many times the connection dropped. */
  disconnects(): number;
  /** The close codes the server sent (or the socket reported), in order. */
  closeCodes(): number[];
  destroy(): void;
}

/** Connects a client of `kind` to `room` on the server at `url`. */
export function connectLoadClient(kind: ClientKind, url: string, room: string, token: string): LoadClient {
  const doc = new Y.Doc();
  let drops = 0;
  if (kind === 'y-websocket') {
    // As the app connects: token and acks (a server that does not know them ignores both).
    const client = connectClient(url, room, token, { doc, ack: true });
    client.provider.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected') drops += 1;
    });
    const synced = new Promise<void>((resolve) => {
      const onSync = (state: boolean) => {
        if (!state) return;
        client.provider.off('sync', onSync);
        resolve();
      };
      client.provider.on('sync', onSync);
    });
    return {
      doc,
      awareness: client.provider.awareness,
      synced,
      disconnects: () => drops,
      closeCodes: () => client.closeCodes,
      destroy: () => client.destroy(),
    };
  }
  let resolveSynced!: () => void;
  const synced = new Promise<void>((resolve) => (resolveSynced = resolve));
  const codes: number[] = [];
  // One socket per collaborator, as for the other servers (Hocuspocus could multiplex documents on one).
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: QuietWebSocket,
    onDisconnect: () => void (drops += 1),
    onClose: ({ event }) => void codes.push(event.code),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token,
    onSynced: () => resolveSynced(),
  });
  provider.attach();
  return {
    doc,
    awareness: provider.awareness!,
    synced,
    disconnects: () => drops,
    closeCodes: () => codes,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}
