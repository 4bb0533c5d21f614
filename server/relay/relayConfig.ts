import { z } from 'zod';

const count = z.number().int().positive();
/** What `concord relay` accepts once every option is resolved (flags, environment, defaults). */
export const configSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(0).max(65535),
  dataDir: z.string(),
  webDir: z.string(),
  maxFrameBytes: count,
  maxDocumentBytes: count,
  maxMessagesPerSecond: count,
  maxBytesPerSecond: count,
  maxRateWaitMs: count,
  maxConnectionsPerAddress: count,
  maxConnectionsTotal: count,
  handshakeTimeoutMs: count,
  closeGraceMs: z.number().int().min(0),
  maxSendQueueBytes: count,
  maxRoomSendQueueBytes: count,
  maxPresenceStateBytes: count,
  maxPresencePerConnection: count,
  maxPresenceRoomBytes: count,
  idleUnloadMs: z.number().int().min(0),
  compactEvery: count.min(2),
  commitDelayMs: z.number().int().min(0),
  tokenRecheckMs: count,
  trustProxy: z.boolean(),
  allowedOrigins: z.string().regex(/^[^\s]*$/, 'expected origins separated by commas, without spaces'),
  metrics: z.boolean(),
  metricsToken: z.string(),
  debugMemory: z.boolean(),
  database: z.string().regex(/^(postgres(ql)?:\/\/.+)?$/, 'expected postgres://user:password@host[:port]/database'),
  databaseSchema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'expected lower-case letters, digits and _'),
  redis: z.string().regex(/^(rediss?:\/\/.+)?$/, 'expected redis://[user:password@]host[:port][/db]'),
  redisPrefix: z.string().regex(/^[\w.-]{1,64}$/, 'expected 1-64 letters, digits, _, . or -'),
  streamMaxLen: count.min(10),
  signingKeyFile: z.string(),
  /** The shared signing key itself (hex), from CONCORD_RELAY_SIGNING_KEY only: a flag would show it in `ps`. */
  signingKey: z.string(),
});
/** Everything `concord relay` can be told, resolved to values. */
export type RelayConfig = z.infer<typeof configSchema>;
