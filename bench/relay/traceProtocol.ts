import { z } from 'zod';
import { TRACE_NAMES } from '../traces/traceFile.ts';

// Messages between the relay-traces scenario and its replay process (Node IPC); both ends validate.

const ClientKindSchema = z.enum(['y-websocket', 'hocuspocus']);

export const ToReplaySchema = z.discriminatedUnion('type', [
  /** Connect one client per session of `trace` to `room`; answers 'connected' once all are synced. */
  z.object({
    type: z.literal('connect'),
    trace: z.enum(TRACE_NAMES),
    kind: ClientKindSchema,
    url: z.string(),
    token: z.string(),
    room: z.string(),
  }),
  /** Replay at full speed; answers 'converged' once every client holds the whole trace. */
  z.object({ type: z.literal('go'), timeoutMs: z.number().positive() }),
  z.object({ type: z.literal('teardown') }),
  z.object({ type: z.literal('exit') }),
]);
export type ToReplay = z.infer<typeof ToReplaySchema>;

export const FromReplaySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('connected'), updates: z.number().int(), sessions: z.number().int() }),
  z.object({
    type: z.literal('converged'),
    /** From the first update sent to the moment the last client held the whole trace. */
    convergeMs: z.number(),
    disconnects: z.number().int(),
    closeCodes: z.array(z.number().int()),
  }),
  z.object({ type: z.literal('done') }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type FromReplay = z.infer<typeof FromReplaySchema>;
