// The replay process of the relay-traces scenario (forked by scenarios/relayTraces.ts): one client
// per session of a recorded trace, each sending its agents' transactions as fast as it can, each
// only once it has received the edits the transaction was typed on top of (as a person sees
// them); it reports when every client holds the whole trace.
import * as Y from 'yjs';
import { readTrace } from '../traces/traceFile.ts';
import type { TraceName } from '../traces/traceFile.ts';
import { connectLoadClient } from './loadClient.ts';
import type { LoadClient } from './loadClient.ts';
import { FromReplaySchema, ToReplaySchema } from './traceProtocol.ts';
import type { FromReplay, ToReplay } from './traceProtocol.ts';
import { buildReplay, hasDeps, isComplete } from './traceReplay.ts';
import type { Replay, ReplayStep } from './traceReplay.ts';

/** Updates sent in one go before letting the socket deliver what arrived meanwhile. */
const CHUNK = 64;
const SENT_HERE = Symbol('replayed');

const replays = new Map<TraceName, Replay>();
let clients: LoadClient[] = [];
let current: Replay | null = null;

function send(message: FromReplay): void {
  process.send?.(FromReplaySchema.parse(message));
}

function replayOf(name: TraceName): Replay {
  let replay = replays.get(name);
  if (!replay) replays.set(name, (replay = buildReplay(readTrace(name))));
  return replay;
}

async function connect(message: Extract<ToReplay, { type: 'connect' }>): Promise<void> {
  current = replayOf(message.trace);
  clients = current.sessions.map(() => connectLoadClient(message.kind, message.url, message.room, message.token));
  await Promise.all(clients.map((c) => c.synced));
  send({ type: 'connected', updates: current.updates, sessions: clients.length });
}

/** Sends `steps` through `client` as fast as their dependencies allow; resolves when all are sent. */
function pump(client: LoadClient, steps: readonly ReplayStep[]): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let waiting = false;
    const run = () => {
      waiting = false;
      for (let sent = 0; next < steps.length; sent++) {
        const step = steps[next]!;
        if (!hasDeps(client.doc, step.deps)) return void (waiting = true);
        if (sent === CHUNK) return void setImmediate(run);
        Y.applyUpdate(client.doc, step.update, SENT_HERE);
        next += 1;
      }
      client.doc.off('update', onUpdate);
      resolve();
    };
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (!waiting || origin === SENT_HERE) return;
      waiting = false;
      setImmediate(run);
    };
    client.doc.on('update', onUpdate);
    run();
  });
}

async function go(timeoutMs: number): Promise<void> {
  const replay = current;
  if (!replay) throw new Error('go before connect');
  const start = performance.now();
  const done = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no convergence within ${timeoutMs} ms`)), timeoutMs);
    const check = () => {
      if (!clients.every((c) => isComplete(c.doc, replay))) return;
      clearTimeout(timer);
      for (const c of clients) c.doc.off('update', check);
      resolve(performance.now() - start);
    };
    for (const c of clients) c.doc.on('update', check);
  });
  await Promise.all(clients.map((c, i) => pump(c, replay.sessions[i]!)));
  const convergeMs = await done;
  send({
    type: 'converged',
    convergeMs,
    disconnects: clients.reduce((n, c) => n + c.disconnects(), 0),
    closeCodes: clients.flatMap((c) => c.closeCodes()),
  });
}

function teardown(): void {
  for (const c of clients) c.destroy();
  clients = [];
  current = null;
}

process.setMaxListeners(0);
process.on('message', (raw: unknown) => {
  const parsed = ToReplaySchema.safeParse(raw);
  if (!parsed.success) return send({ type: 'error', message: `bad message: ${parsed.error.message}` });
  const message = parsed.data;
  const fail = (err: unknown) => send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  switch (message.type) {
    case 'connect':
      return void connect(message).catch(fail);
    case 'go':
      return void go(message.timeoutMs).catch(fail);
    case 'teardown':
      teardown();
      return send({ type: 'done' });
    case 'exit':
      teardown();
      process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
