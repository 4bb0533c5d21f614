// A client process of the relay-load scenario (forked by scenarios/relayLoad.ts). It hosts one
// collaborator in each of many rooms, types into each on a schedule, and records how long the edits
// of the other collaborators (in other processes) took to arrive, using a clock all processes share.
import type * as Y from 'yjs';
import { sharedClockUs } from '../lib/clock.ts';
import { connectLoadClient } from './loadClient.ts';
import type { LoadClient } from './loadClient.ts';
import { FromWorkerSchema, ToWorkerSchema } from './workerProtocol.ts';
import type { FromWorker, ToWorker } from './workerProtocol.ts';

const STAMPS = 'stamps';
const TEXT = 't';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz     ';

let clients: LoadClient[] = [];
let timers: NodeJS.Timeout[] = [];
let latencies: number[] = [];
let sentInWindow = 0;
let sentTotal = 0;
let windowStartUs = Number.POSITIVE_INFINITY;
let windowEndUs = Number.POSITIVE_INFINITY;
let slotKey = 's0';
let cpuAtStart = process.cpuUsage();

function send(message: FromWorker): void {
  process.send?.(FromWorkerSchema.parse(message));
}

/** Records the arrival of other collaborators' edits: each carries [sequence, shared-clock µs when typed]. */
function observe(doc: Y.Doc): void {
  const stamps = doc.getMap<[number, number]>(STAMPS);
  stamps.observe((event) => {
    if (event.transaction.local) return;
    const now = sharedClockUs();
    for (const key of event.keysChanged) {
      if (key === slotKey) continue;
      const sentAt = stamps.get(key)?.[1];
      if (sentAt !== undefined && sentAt >= windowStartUs && sentAt <= windowEndUs) latencies.push(now - sentAt);
    }
  });
}

/** One keystroke: a character at a random place, its timestamp, and the caret moved (presence). */
function edit(client: LoadClient, seq: number): void {
  const text = client.doc.getText(TEXT);
  const pos = Math.floor(Math.random() * (text.length + 1));
  const sentAt = sharedClockUs();
  client.doc.transact(() => {
    text.insert(pos, LETTERS[Math.floor(Math.random() * LETTERS.length)]!);
    client.doc.getMap(STAMPS).set(slotKey, [seq, sentAt]);
  });
  client.awareness.setLocalStateField('cursor', { anchor: pos + 1, head: pos + 1 });
  sentTotal += 1;
  if (sentAt >= windowStartUs && sentAt <= windowEndUs) sentInWindow += 1;
}

async function setup(message: Extract<ToWorker, { type: 'setup' }>): Promise<void> {
  const started = sharedClockUs();
  slotKey = `s${message.slot}`;
  latencies = [];
  sentInWindow = 0;
  sentTotal = 0;
  windowStartUs = windowEndUs = Number.POSITIVE_INFINITY;
  // Connect in small groups, as members arrive over a morning rather than in one instant.
  for (let i = 0; i < message.rooms.length; i += 25) {
    for (const room of message.rooms.slice(i, i + 25)) {
      const client = connectLoadClient(message.kind, message.url, room, message.token);
      client.awareness.setLocalStateField('user', { name: `member ${slotKey}`, color: '#3366cc' });
      observe(client.doc);
      clients.push(client);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const results = await Promise.allSettled(
    clients.map((c) =>
      Promise.race([c.synced, new Promise((_, reject) => setTimeout(() => reject(new Error('sync timeout')), 60_000))]),
    ),
  );
  send({
    type: 'ready',
    connectMs: (sharedClockUs() - started) / 1000,
    failed: results.filter((r) => r.status === 'rejected').length,
  });
}

function start(message: Extract<ToWorker, { type: 'start' }>): void {
  const intervalUs = 1e6 / message.editsPerSecond;
  const endUs = message.startUs + message.durationMs * 1000;
  windowStartUs = message.startUs + message.warmupMs * 1000;
  windowEndUs = endUs;
  cpuAtStart = process.cpuUsage();
  for (const [index, client] of clients.entries()) {
    const phase = Math.random() * intervalUs;
    let seq = 0;
    const next = () => {
      const due = message.startUs + phase + seq * intervalUs;
      if (due > endUs) return;
      const timer = setTimeout(
        () => {
          edit(client, seq++);
          next();
        },
        Math.max(0, (due - sharedClockUs()) / 1000),
      );
      timers[index] = timer;
    };
    next();
  }
}

function teardown(): void {
  for (const timer of timers) clearTimeout(timer);
  timers = [];
  for (const client of clients) client.destroy();
  clients = [];
  latencies = [];
}

// Every y-websocket provider adds a process 'exit' listener; hundreds of them are expected here.
process.setMaxListeners(0);

process.on('message', (raw: unknown) => {
  const parsed = ToWorkerSchema.safeParse(raw);
  if (!parsed.success) return send({ type: 'error', message: `bad message: ${parsed.error.message}` });
  const message = parsed.data;
  try {
    switch (message.type) {
      case 'setup':
        void setup(message).catch((err: unknown) => send({ type: 'error', message: String(err) }));
        return;
      case 'start':
        return start(message);
      case 'report': {
        const cpu = process.cpuUsage(cpuAtStart);
        const disconnects = clients.reduce((n, c) => n + c.disconnects(), 0);
        return send({
          type: 'report',
          latenciesUs: latencies,
          sentInWindow,
          sentTotal,
          cpuSeconds: (cpu.user + cpu.system) / 1e6,
          disconnects,
        });
      }
      case 'teardown':
        teardown();
        return send({ type: 'done' });
      case 'exit':
        teardown();
        process.exit(0);
    }
  } catch (err) {
    send({ type: 'error', message: String(err) });
  }
});
process.on('disconnect', () => process.exit(0));
