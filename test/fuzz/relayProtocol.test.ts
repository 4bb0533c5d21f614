import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanupRelays, spawnRelay } from '../relay/support/relayProcess.ts';
import type { RelayHandle } from '../relay/support/relayProcess.ts';
import { signWithRelayKey } from '../relay/support/cli.ts';
import { connectClient, converged, rawClient, roomUrl, waitSynced } from '../relay/support/clients.ts';
import type { SyncClient } from '../relay/support/clients.ts';
import { waitFor } from '../relay/support/wait.ts';
import { fuzz, FUZZ_TEST_TIMEOUT } from './fuzzHarness.ts';
import type { Outcome } from './fuzzHarness.ts';
import { describeFrame, frameBytes, frameOf, fuzzFrame } from './relay/fuzzFrames.ts';
import { damageToken, requestPath, tokenDamage } from './relay/fuzzRequests.ts';

const WS = 'ws-fuzz';
const ROOM = `${WS}/doc-fuzz`;
const ANSWER_WITHIN_MS = 30_000;
let relay: RelayHandle;
let token: string;
let observers: SyncClient[] = [];

beforeAll(async () => {
  relay = await spawnRelay({ env: { CONCORD_RELAY_MAX_FRAME: '1MiB', CONCORD_RELAY_MAX_DOCUMENT: '8MiB' } });
  token = signWithRelayKey(relay.dataDir, { ws: WS });
  observers = [connectClient(relay.url, ROOM, token), connectClient(relay.url, ROOM, token)];
  await Promise.all(observers.map((o) => waitSynced(o)));
}, 60_000);
afterAll(async () => {
  for (const o of observers) o.destroy();
  await cleanupRelays();
});

const input = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('frames' as const),
      frames: fc.array(fuzzFrame, { minLength: 1, maxLength: 4 }),
      ack: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('token' as const),
      damage: tokenDamage,
      frames: fc.array(fuzzFrame, { maxLength: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('request' as const), path: requestPath }) },
);
type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

function describeInput(i: Input): string {
  if (i.kind === 'request') return `upgrade ${JSON.stringify(i.path.slice(0, 60))}`;
  const frames = i.frames.map(describeFrame).join(', ');
  return i.kind === 'token' ? `token ${i.damage.kind}; ${frames}` : frames;
}

/** The relay is up and nobody else lost their connection. */
function assertOthersUnharmed(): void {
  if (relay.child.exitCode !== null || relay.child.signalCode !== null)
    throw new Error(
      `the relay exited (${relay.child.exitCode ?? relay.child.signalCode}):\n${relay.output().slice(-2000)}`,
    );
  const dropped = observers.flatMap((o) => o.closeCodes);
  if (dropped.length) throw new Error(`an observer in the room was disconnected (${dropped.join(', ')})`);
}

/**
 * Opens a connection, sends the frames and then a sync step 1, and waits until the relay has
 * answered every step 1 (so it handled all the frames) or closed the connection.
 */
async function sendFrames(url: string, frames: Array<Uint8Array | string>): Promise<Outcome> {
  const client = rawClient(url);
  if (!(await client.opened.then(() => true).catch(() => false))) return 'rejected';
  // Each well-formed step 1 is answered with a step 2; a malformed one closes the connection.
  const expected = frames.filter((f) => typeof f !== 'string' && f[0] === 0 && f[1] === 0).length + 1;
  let answers = 0;
  const answered = new Promise<'answered'>((resolve) =>
    client.ws.on('message', (d: Buffer) => {
      if (d[0] === 0 && d[1] === 1 && ++answers === expected) resolve('answered');
    }),
  );
  for (const f of frames) client.send(f);
  client.send(frameOf(0, 0, new Uint8Array([0])));
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), ANSWER_WITHIN_MS)));
  const outcome = await Promise.race([client.closed.then(() => 'closed' as const), answered, hung]);
  clearTimeout(timer);
  client.ws.terminate();
  await client.closed;
  if (outcome === 'hung') throw new Error('the relay neither answered nor closed the connection');
  return outcome === 'closed' ? 'rejected' : 'accepted';
}

/** Sends a WebSocket upgrade for `path` over raw TCP and reads the status line. */
function upgrade(path: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(relay.port, '127.0.0.1');
    let head = '';
    const timer = setTimeout(() => reject(new Error('no answer to an upgrade request')), ANSWER_WITHIN_MS);
    const finish = (outcome: Outcome) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    socket.on('connect', () =>
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      ),
    );
    socket.on('data', (d: Buffer) => {
      head += d.toString('latin1');
      // A refusal after the upgrade is a close frame right behind the 101.
      if (head.includes('\r\n\r\n'))
        finish(head.startsWith('HTTP/1.1 101') && head.split('\r\n\r\n')[1] === '' ? 'accepted' : 'rejected');
    });
    socket.on('error', () => finish('rejected'));
    socket.on('close', () => finish('rejected'));
  });
}

describe('fuzzing the relay: frames, y-protocols messages, tokens and URLs', () => {
  it(
    'every malformed message closes only its own connection; the relay stays up and keeps syncing',
    async () => {
      const report = await fuzz(
        'relay-protocol',
        input,
        async (i): Promise<Outcome> => {
          let outcome: Outcome;
          if (i.kind === 'request') outcome = await upgrade(i.path);
          else {
            const t = i.kind === 'token' ? damageToken(token, i.damage) : token;
            const url = roomUrl(relay.url, ROOM, { token: t, ...(i.kind === 'frames' && i.ack ? { ack: '1' } : {}) });
            outcome = await sendFrames(url, i.frames.map(frameBytes));
          }
          assertOthersUnharmed();
          return outcome;
        },
        describeInput,
      );
      expect(report.failure).toBeNull();
      // After the campaign: the room still syncs, a newcomer gets the same state, health is green.
      observers[0]!.doc.getText('t').insert(0, 'after the fuzzing. ');
      const newcomer = connectClient(relay.url, ROOM, token);
      await waitSynced(newcomer);
      await waitFor(() => converged([...observers, newcomer].map((o) => o.doc)), 'all three converge');
      newcomer.destroy();
      expect((await fetch(`${relay.httpUrl}/healthz`)).status).toBe(200);
      assertOthersUnharmed();
    },
    FUZZ_TEST_TIMEOUT,
  );
});
