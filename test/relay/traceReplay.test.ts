import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildReplay, hasDeps, isComplete, TRACE_TEXT } from '../../bench/relay/traceReplay.ts';
import type { ReplayStep } from '../../bench/relay/traceReplay.ts';
import { readTrace } from '../../bench/traces/traceFile.ts';
import { cleanupRelays, spawnRelay } from './support/relayProcess.ts';
import { signWithRelayKey } from './support/cli.ts';
import { connectClient, waitSynced } from './support/clients.ts';
import type { SyncClient } from './support/clients.ts';
import { waitFor } from './support/wait.ts';

const WS = 'ws-trace-replay';
const SENT_HERE = Symbol('replayed');
const clients: SyncClient[] = [];
afterAll(async () => {
  for (const c of clients) c.destroy();
  await cleanupRelays();
});

/** Sends `steps` through `client` as fast as their dependencies allow (64 at a time, then lets the socket deliver). */
function pump(client: SyncClient, steps: readonly ReplayStep[]): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    const run = () => {
      for (let sent = 0; next < steps.length; sent++) {
        const step = steps[next]!;
        if (!hasDeps(client.doc, step.deps)) return void client.doc.once('update', () => setImmediate(run));
        if (sent === 64) return void setImmediate(run);
        Y.applyUpdate(client.doc, step.update, SENT_HERE);
        next += 1;
      }
      resolve();
    };
    run();
  });
}

describe('a recorded editing session at full speed', () => {
  it('converges through the default limits without a disconnect', { timeout: 300_000 }, async () => {
    // friendsforever (josephg/editing-traces, bench/traces/README.md): two people, about 25,000 transactions.
    const replay = buildReplay(readTrace('friendsforever'));
    const relay = await spawnRelay();
    const token = signWithRelayKey(relay.dataDir, { ws: WS });
    const room = `${WS}/doc-trace`;
    const sessions = replay.sessions.map(() => connectClient(relay.url, room, token, { ack: true }));
    clients.push(...sessions);
    await Promise.all(sessions.map((c) => waitSynced(c)));
    await Promise.all(sessions.map((c, i) => pump(c, replay.sessions[i]!)));
    await waitFor(
      () => sessions.every((c) => isComplete(c.doc, replay)),
      'both replicas hold the whole session',
      240_000,
    );
    expect(sessions.flatMap((c) => c.closeCodes)).toEqual([]);
    expect(sessions[0]!.doc.getText(TRACE_TEXT).toString()).toBe(replay.endContent);
  });
});
