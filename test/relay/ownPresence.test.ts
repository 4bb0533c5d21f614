import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { OwnPresenceProvider } from '../../renderer/src/sync/ownPresenceProvider.ts';
import { MESSAGE_AWARENESS } from '../../shared/protocol/messages.ts';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import { signWithRelayKey } from './support/cli.ts';
import { waitFor } from './support/wait.ts';

const WS = 'ws-own-presence';
const providers: WebsocketProvider[] = [];
afterAll(async () => {
  for (const p of providers) p.destroy();
  await cleanupRelays();
});

/** A `ws` WebSocket that records the client ids of every presence message it sends. */
function recordingSocket(sentPresence: number[]) {
  return class extends WebSocket {
    override send(data: Uint8Array): void {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) === MESSAGE_AWARENESS) {
        const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
        const count = decoding.readVarUint(update);
        for (let i = 0; i < count; i++) {
          sentPresence.push(decoding.readVarUint(update));
          decoding.readVarUint(update); // clock
          decoding.readVarString(update); // state
        }
      }
      super.send(data);
    }
  };
}

/** Connects `Provider` to `room`; returns it and the client ids of the presence it sends. */
function connect(Provider: typeof WebsocketProvider, url: string, room: string, token: string) {
  const sent: number[] = [];
  const provider = new Provider(`${url}/sync`, room, new Y.Doc(), {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: recordingSocket(sent) as unknown as typeof globalThis.WebSocket,
  });
  providers.push(provider);
  return { provider, sent };
}

describe("the app's provider", () => {
  it('sends its own presence and not the presence it receives (the stock provider sends both)', async () => {
    const relay = await spawnRelay();
    const token = signWithRelayKey(relay.dataDir, { ws: WS });
    const room = `${WS}/doc-presence`;
    const app = connect(OwnPresenceProvider, relay.url, room, token);
    const stock = connect(WebsocketProvider, relay.url, room, token);
    const other = connect(WebsocketProvider, relay.url, room, token);
    await waitFor(() => [app, stock, other].every((c) => c.provider.synced), 'all synced');
    other.provider.awareness.setLocalStateField('user', { name: 'Other' });
    const otherId = other.provider.awareness.clientID;
    await waitFor(
      () => [app, stock].every((c) => c.provider.awareness.getStates().has(otherId)),
      'both see the other client',
    );
    app.provider.awareness.setLocalStateField('user', { name: 'App' });
    const appId = app.provider.awareness.clientID;
    await waitFor(() => other.provider.awareness.getStates().has(appId), "the app's presence arrives");
    expect(stock.sent).toContain(otherId);
    expect(app.sent).not.toContain(otherId);
    expect(app.sent).toContain(appId);
  });
});
