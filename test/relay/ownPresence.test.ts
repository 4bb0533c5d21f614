import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { OwnPresenceProvider } from '../../renderer/src/sync/ownPresenceProvider.ts';
import { MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS } from '../../shared/protocol/messages.ts';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import { signWithRelayKey } from './support/cli.ts';
import { waitFor } from './support/wait.ts';

const WS = 'ws-own-presence';
const providers: WebsocketProvider[] = [];
afterAll(async () => {
  for (const p of providers) p.destroy();
  await cleanupRelays();
});

/** The client ids a presence (awareness) update names. */
function presenceIds(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const ids: number[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder); // clock
    decoding.readVarString(decoder); // state
  }
  return ids;
}

/** What a client handed its socket for the relay: the client ids each presence frame named. */
interface SentPresence {
  frames: number[][];
  ids: number[];
}

/** A `ws` WebSocket that records every presence message it sends to the relay. */
function recordingSocket(sent: SentPresence) {
  return class extends WebSocket {
    override send(data: Uint8Array): void {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) === MESSAGE_AWARENESS) {
        const ids = presenceIds(decoding.readVarUint8Array(decoder));
        sent.frames.push(ids);
        sent.ids.push(...ids);
      }
      super.send(data);
    }
  };
}

/** Connects `Provider` to `room`; returns it and the presence it sends. */
function connect(Provider: typeof WebsocketProvider, url: string, room: string, token: string) {
  const sent: SentPresence = { frames: [], ids: [] };
  const provider = new Provider(`${url}/sync`, room, new Y.Doc(), {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: recordingSocket(sent) as unknown as typeof globalThis.WebSocket,
  });
  providers.push(provider);
  return { provider, sent };
}

/** Three clients in one room of a fresh relay, each showing a name: the app's provider and two stock ones. */
async function roomOfThree(doc: string) {
  const relay = await spawnRelay();
  const token = signWithRelayKey(relay.dataDir, { ws: WS });
  const room = `${WS}/${doc}`;
  const app = connect(OwnPresenceProvider, relay.url, room, token);
  const stock = connect(WebsocketProvider, relay.url, room, token);
  const other = connect(WebsocketProvider, relay.url, room, token);
  const all = [app, stock, other];
  await waitFor(() => all.every((c) => c.provider.synced), 'all synced');
  all.forEach((c, i) => c.provider.awareness.setLocalStateField('user', { name: `Member ${i}` }));
  await waitFor(() => all.every((c) => c.provider.awareness.getStates().size === 3), 'everybody sees everybody');
  return { app, stock, other };
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
    expect(stock.sent.ids).toContain(otherId);
    expect(app.sent.ids).not.toContain(otherId);
    expect(app.sent.ids).toContain(appId);
  });

  it('sends the relay no presence frame when another member moves their caret (the stock provider sends one per move)', async () => {
    const { app, stock, other } = await roomOfThree('doc-caret');
    app.sent.frames = [];
    stock.sent.frames = [];
    for (let anchor = 1; anchor <= 10; anchor++) other.provider.awareness.setLocalStateField('cursor', { anchor });
    const otherId = other.provider.awareness.clientID;
    const lastCaret = (c: { provider: WebsocketProvider }) =>
      (c.provider.awareness.getStates().get(otherId)?.cursor as { anchor: number } | undefined)?.anchor === 10;
    await waitFor(() => lastCaret(app) && lastCaret(stock), 'both see the caret where it stopped');
    // Frames naming the member who moved (y-protocols renews one's own state every 15 s: such a frame names only oneself).
    const naming = (frames: number[][], id: number) => frames.filter((ids) => ids.includes(id)).length;
    expect(naming(app.sent.frames, otherId)).toBe(0);
    expect(naming(stock.sent.frames, otherId)).toBeGreaterThan(0);
    expect(app.sent.frames.every((ids) => ids.length === 1 && ids[0] === app.provider.awareness.clientID)).toBe(true);
    // Its own caret still goes out.
    app.provider.awareness.setLocalStateField('cursor', { anchor: 3 });
    const appId = app.provider.awareness.clientID;
    await waitFor(
      () => (other.provider.awareness.getStates().get(appId)?.cursor as { anchor: number } | undefined)?.anchor === 3,
      "the app's caret arrives",
    );
    expect(naming(app.sent.frames, appId)).toBeGreaterThan(0);
  });

  it('answers a query for presence with its own state alone', async () => {
    const { app } = await roomOfThree('doc-query');
    const encoder = encoding.createEncoder();
    const query = decoding.createDecoder(new Uint8Array([MESSAGE_QUERY_AWARENESS]));
    app.provider.messageHandlers[MESSAGE_QUERY_AWARENESS]!(
      encoder,
      query,
      app.provider,
      false,
      MESSAGE_QUERY_AWARENESS,
    );
    const answer = decoding.createDecoder(encoding.toUint8Array(encoder));
    expect(decoding.readVarUint(answer)).toBe(MESSAGE_AWARENESS);
    expect(app.provider.awareness.getStates().size).toBe(3);
    expect(presenceIds(decoding.readVarUint8Array(answer))).toEqual([app.provider.awareness.clientID]);
  });
});
