import * as z from 'zod/mini';
import '../../shared/schema/zodMessages.ts';

const count = z.int().check(z.positive());
/** What `concord relay` accepts once every option is resolved (flags, environment, defaults). */
export const configSchema = z.object({
  host: z.string().check(z.minLength(1)),
  port: z.int().check(z.minimum(0), z.maximum(65535)),
  dataDir: z.string(),
  webDir: z.string(),
  maxFrameBytes: count,
  maxDocumentBytes: count,
  maxSyncClients: count,
  maxMessagesPerSecond: count,
  maxBytesPerSecond: count,
  maxCpuMsPerSecond: count,
  maxRateWaitMs: count,
  maxConnectionsPerAddress: count,
  maxConnectionsTotal: count,
  handshakeTimeoutMs: count,
  closeGraceMs: z.int().check(z.minimum(0)),
  maxSendQueueBytes: count,
  maxRoomSendQueueBytes: count,
  maxPresenceStateBytes: count,
  maxPresencePerConnection: count,
  maxPresenceRoomBytes: count,
  maxKeyRoomRecords: count,
  maxKeyRoomBytes: count,
  maxApiBodyBytes: count,
  maxApiPerMinute: count,
  maxApiBurst: count,
  maxBlobBytes: count,
  maxWorkspaceBlobBytes: count,
  maxBlobTransferBytes: count,
  blobUploadTimeoutMs: count,
  idleUnloadMs: z.int().check(z.minimum(0)),
  compactEvery: count.check(z.minimum(2)),
  commitDelayMs: z.int().check(z.minimum(0)),
  commitIntervalMs: z.int().check(z.minimum(0)),
  heapGrowthPercent: z.int().check(z.minimum(0), z.maximum(400)),
  tokenRecheckMs: count,
  trustProxy: z.boolean(),
  allowedOrigins: z.string().check(z.regex(/^[^\s]*$/, 'expected origins separated by commas, without spaces')),
  metrics: z.boolean(),
  metricsToken: z.string(),
  debugMemory: z.boolean(),
  database: z
    .string()
    .check(z.regex(/^(postgres(ql)?:\/\/.+)?$/, 'expected postgres://user:password@host[:port]/database')),
  databaseSchema: z.string().check(z.regex(/^[a-z_][a-z0-9_]{0,62}$/, 'expected lower-case letters, digits and _')),
  redis: z.string().check(z.regex(/^(rediss?:\/\/.+)?$/, 'expected redis://[user:password@]host[:port][/db]')),
  redisPrefix: z.string().check(z.regex(/^[\w.-]{1,64}$/, 'expected 1-64 letters, digits, _, . or -')),
  streamMaxLen: count.check(z.minimum(10)),
  signingKeyFile: z.string(),
  /** The shared signing key itself (hex), from CONCORD_RELAY_SIGNING_KEY only: a flag would show it in `ps`. */
  signingKey: z.string(),
});
/** Everything `concord relay` can be told, resolved to values. */
export type RelayConfig = z.infer<typeof configSchema>;
