import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupRelays } from '../support/relayProcess.ts';
import type { RelayHandle } from '../support/relayProcess.ts';
import { signWithRelayKey } from '../support/cli.ts';
import { connectClient, waitSynced } from '../support/clients.ts';
import { growth, relayMemory, spawnMeasuredRelay } from '../support/memory.ts';
import { waitFor } from '../support/wait.ts';

const WS = 'ws-tokenless';
let relay: RelayHandle;

beforeAll(async () => {
  relay = await spawnMeasuredRelay({
    env: {
      CONCORD_RELAY_MAX_CONNECTIONS: '12',
      CONCORD_RELAY_HANDSHAKE_TIMEOUT_MS: '2000',
    },
  });
});
afterAll(() => cleanupRelays());

/** A raw socket that reads (and ignores) everything but never answers; `request` is written once connected. */
function silentSocket(request?: string, port = relay.port): Promise<net.Socket & { gone: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      if (request) socket.write(request);
      resolve(Object.assign(socket, { gone }));
    });
    const gone = new Promise<void>((r) => socket.once('close', () => r()));
    socket.on('error', () => undefined);
    socket.once('error', reject);
    socket.resume();
  });
}

/** A WebSocket upgrade without a token on a socket that never reads or answers the close frame. */
const tokenless = (room: string) =>
  silentSocket(
    `GET /sync/${room} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );

const refusals = () => (relay.output().match(/refused 127\.0\.0\.1: 4401/g) ?? []).length;

describe('tokenless upgrades', () => {
  it('200 refused sockets from one address do not lock out an editor from it, and are dropped', async () => {
    const before = await relayMemory(relay);
    const already = refusals();
    const sockets = await Promise.all(Array.from({ length: 200 }, () => tokenless(`${WS}/doc-locked`)));
    await waitFor(() => refusals() >= already + 200, '200 refusals');
    const editor = connectClient(relay.url, `${WS}/doc-locked`, signWithRelayKey(relay.dataDir, { ws: WS }), {
      appReconnect: false,
    });
    try {
      await waitSynced(editor, 10_000);
      expect(editor.closeCodes).toEqual([]);
    } finally {
      editor.destroy();
    }
    // They never answer the close frame: each is dropped after --close-grace-ms, not held for 30 s.
    await Promise.all(sockets.map((s) => s.gone));
    const after = await relayMemory(relay);
    console.log(`tokenless upgrades, 200 silent refused sockets: ${growth(before, after).text}`);
    expect(growth(before, after).heap).toBeLessThan(16);
  });

  it('drops sockets that do not finish their request within the handshake timeout', async () => {
    const idle = await silentSocket();
    const partial = await silentSocket('GET /sync/ws-tokenless/doc-slow HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await Promise.all([idle.gone, partial.gone]);
  });

  it('drops TCP connections beyond the global limit at once, and takes new ones after', async () => {
    const small = await spawnMeasuredRelay({ env: { CONCORD_RELAY_MAX_CONNECTIONS_TOTAL: '50' } });
    const hogs = await Promise.all(Array.from({ length: 50 }, () => silentSocket(undefined, small.port)));
    const extra = await silentSocket(undefined, small.port);
    await extra.gone;
    // Dropped because the relay was full, not by the handshake timeout: the others are still open.
    expect(hogs.filter((h) => h.readyState === 'open')).toHaveLength(50);
    for (const h of hogs) h.destroy();
    await Promise.all(hogs.map((h) => h.gone));
    const editor = connectClient(small.url, `${WS}/doc-after`, signWithRelayKey(small.dataDir, { ws: WS }));
    try {
      await waitSynced(editor);
    } finally {
      editor.destroy();
    }
  });
});
