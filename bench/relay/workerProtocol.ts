import { z } from 'zod';

// Messages between the relay-load orchestrator and its client worker processes (Node IPC). Both
// ends validate what they receive.

/** Which client library a worker drives: the stock y-websocket provider, or Hocuspocus's own. */
const ClientKindSchema = z.enum(['y-websocket', 'hocuspocus']);
export type ClientKind = z.infer<typeof ClientKindSchema>;

export const ToWorkerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('setup'),
    kind: ClientKindSchema,
    url: z.string(),
    token: z.string(),
    rooms: z.array(z.string()),
    /** This worker's client slot in each room (0..clientsPerDoc-1): names its timestamps. */
    slot: z.number().int().min(0),
  }),
  z.object({
    type: z.literal('start'),
    /** Shared-clock microseconds at which typing starts. */
    startUs: z.number(),
    durationMs: z.number().positive(),
    /** Edits sent before startUs + warmupMs are not measured. */
    warmupMs: z.number().min(0),
    editsPerSecond: z.number().positive(),
  }),
  z.object({ type: z.literal('report') }),
  z.object({ type: z.literal('teardown') }),
  z.object({ type: z.literal('exit') }),
]);
export type ToWorker = z.infer<typeof ToWorkerSchema>;

export const FromWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), connectMs: z.number(), failed: z.number().int() }),
  z.object({
    type: z.literal('report'),
    /** Edit-to-arrival latencies in microseconds, for edits sent in the measured window. */
    latenciesUs: z.array(z.number()),
    /** Edits this worker's clients sent in the measured window. */
    sentInWindow: z.number().int(),
    sentTotal: z.number().int(),
    cpuSeconds: z.number(),
    disconnects: z.number().int(),
  }),
  z.object({ type: z.literal('done') }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type FromWorker = z.infer<typeof FromWorkerSchema>;
