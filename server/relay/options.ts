import path from 'node:path';
import { DEFAULT_WEB_DIR } from '../commands/serve.ts';
import { LIMIT_OPTIONS } from './limitOptions.ts';
import { BLOB_OPTIONS } from './blobs/blobOptions.ts';
import type { OptionSpec } from './optionSpec.ts';
import { configSchema, type RelayConfig } from './relayConfig.ts';

/** The relay's options: flag, environment variable, default and meaning (also the --help text). */
export const RELAY_OPTIONS: readonly OptionSpec[] = [
  {
    key: 'host',
    flag: 'host',
    env: 'CONCORD_RELAY_HOST',
    kind: 'string',
    default: '127.0.0.1',
    help: 'address to listen on (0.0.0.0 for all interfaces)',
  },
  {
    key: 'port',
    flag: 'port',
    env: 'CONCORD_RELAY_PORT',
    kind: 'int',
    default: '4455',
    help: 'port to listen on; 0 picks a free one (the printed address has the real port)',
  },
  {
    key: 'dataDir',
    flag: 'data',
    env: 'CONCORD_RELAY_DATA',
    kind: 'path',
    default: './concord-data',
    help: 'folder for the database (concord.db) and the signing key (signing.key)',
  },
  {
    key: 'webDir',
    flag: 'web',
    env: 'CONCORD_RELAY_WEB',
    kind: 'path',
    default: DEFAULT_WEB_DIR,
    help: 'web build served at / when it holds an index.html',
  },
  ...LIMIT_OPTIONS,
  ...BLOB_OPTIONS,
  {
    key: 'idleUnloadMs',
    flag: 'idle-unload-ms',
    env: 'CONCORD_RELAY_IDLE_UNLOAD_MS',
    kind: 'int',
    default: '30000',
    help: 'unload a document this long after its last connection closed',
  },
  {
    key: 'compactEvery',
    flag: 'compact-every',
    env: 'CONCORD_RELAY_COMPACT_EVERY',
    kind: 'int',
    default: '500',
    help: "merge a document's update log once it holds this many updates",
  },
  {
    key: 'commitDelayMs',
    flag: 'commit-delay-ms',
    env: 'CONCORD_RELAY_COMMIT_DELAY_MS',
    kind: 'int',
    default: '2',
    help: 'group commit: updates arriving within this window share one disk flush',
  },
  {
    key: 'commitIntervalMs',
    flag: 'commit-interval-ms',
    env: 'CONCORD_RELAY_COMMIT_INTERVAL_MS',
    kind: 'int',
    default: '10',
    help: 'group commit: consecutive disk flushes start at least this far apart (a steady stream shares each flush)',
  },
  {
    key: 'heapGrowthPercent',
    flag: 'heap-growth',
    env: 'CONCORD_RELAY_HEAP_GROWTH',
    kind: 'int',
    arg: 'PERCENT',
    default: '30',
    help: "let the JavaScript heap grow this much past what was live at its last full collection (1-400); 0 keeps V8's own (up to 300%)",
  },
  {
    key: 'tokenRecheckMs',
    flag: 'token-recheck-ms',
    env: 'CONCORD_RELAY_TOKEN_RECHECK_MS',
    kind: 'int',
    default: '10000',
    help: 'how often open connections are re-checked for revoked or expired tokens',
  },
  {
    key: 'trustProxy',
    flag: 'trust-proxy',
    env: 'CONCORD_RELAY_TRUST_PROXY',
    kind: 'bool',
    default: 'false',
    help: 'take the client address from X-Forwarded-For (only behind your own reverse proxy)',
  },
  {
    key: 'allowedOrigins',
    flag: 'allowed-origins',
    env: 'CONCORD_RELAY_ALLOWED_ORIGINS',
    kind: 'string',
    arg: 'LIST',
    default: '',
    help: "web origins besides the relay's own and the desktop app's whose pages may connect (comma-separated, or *)",
  },
  {
    key: 'metrics',
    flag: 'metrics',
    env: 'CONCORD_RELAY_METRICS',
    kind: 'bool',
    default: 'false',
    help: 'serve GET /metrics (Prometheus); with --metrics-token only to requests that carry it',
  },
  {
    key: 'metricsToken',
    flag: 'metrics-token',
    env: 'CONCORD_RELAY_METRICS_TOKEN',
    kind: 'string',
    arg: 'SECRET',
    default: '',
    help: 'serve /metrics only with "Authorization: Bearer SECRET" (implies --metrics; prefer the variable)',
  },
  {
    key: 'debugMemory',
    flag: 'debug-memory',
    env: 'CONCORD_RELAY_DEBUG_MEMORY',
    kind: 'bool',
    default: 'false',
    help: 'serve GET /debug/memory (memory and queue figures, for tests and diagnosis; guarded like /metrics)',
  },
  {
    key: 'database',
    flag: 'database',
    env: 'CONCORD_RELAY_DATABASE',
    kind: 'string',
    arg: 'URL',
    default: '',
    help: 'store in Postgres (postgres://user:password@host/db) instead of SQLite in --data; needed for several instances',
  },
  {
    key: 'databaseSchema',
    flag: 'database-schema',
    env: 'CONCORD_RELAY_DATABASE_SCHEMA',
    kind: 'string',
    arg: 'NAME',
    default: 'concord',
    help: "Postgres schema holding the relay's tables (created when missing)",
  },
  {
    key: 'redis',
    flag: 'redis',
    env: 'CONCORD_RELAY_REDIS',
    kind: 'string',
    arg: 'URL',
    default: '',
    help: 'share updates and presence with other instances through Redis 7+ (redis://host:port); needs --database',
  },
  {
    key: 'redisPrefix',
    flag: 'redis-prefix',
    env: 'CONCORD_RELAY_REDIS_PREFIX',
    kind: 'string',
    arg: 'PREFIX',
    default: 'concord',
    help: "prefix of the relay's Redis keys and channels",
  },
  {
    key: 'streamMaxLen',
    flag: 'stream-max-len',
    env: 'CONCORD_RELAY_STREAM_MAX_LEN',
    kind: 'int',
    default: '1000',
    help: 'updates kept per document in its Redis stream (instances further behind reload from Postgres)',
  },
  {
    key: 'signingKeyFile',
    flag: 'signing-key-file',
    env: 'CONCORD_RELAY_SIGNING_KEY_FILE',
    kind: 'string',
    arg: 'FILE',
    default: '',
    help: 'file with the shared token signing key(s), newest first (else CONCORD_RELAY_SIGNING_KEY, else signing.key in --data)',
  },
];

/** Parses `16MiB`, `512k`, `1g` or a plain byte count. */
function parseBytes(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(i?b)?$/i.exec(text.trim());
  if (!m) throw new Error(`invalid size "${text}" (examples: 512KiB, 16MiB)`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()] ?? 1;
  return Math.floor(Number(m[1]) * unit);
}

function convert(spec: OptionSpec, raw: string): string | number | boolean {
  switch (spec.kind) {
    case 'string':
      return raw;
    case 'path':
      return path.resolve(raw);
    case 'bool':
      if (!/^(1|0|true|false|yes|no)$/i.test(raw))
        throw new Error(`--${spec.flag}: expected true or false, got "${raw}"`);
      return /^(1|true|yes)$/i.test(raw);
    case 'bytes':
    case 'int': {
      let n: number;
      try {
        n = spec.kind === 'bytes' ? parseBytes(raw) : Number(raw);
      } catch (err) {
        throw new Error(`--${spec.flag}: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (!Number.isInteger(n) || n < 0) throw new Error(`--${spec.flag}: invalid value "${raw}"`);
      return n;
    }
  }
}

/** Resolves the configuration: flag, else environment variable, else default. */
export function resolveRelayConfig(
  flags: Record<string, string | boolean | undefined>,
  env: NodeJS.ProcessEnv,
): RelayConfig {
  const out: Record<string, string | number | boolean> = {};
  for (const spec of RELAY_OPTIONS) {
    const flag = flags[spec.flag];
    const raw = typeof flag === 'string' ? flag : flag === true ? 'true' : (env[spec.env] ?? spec.default);
    out[spec.key] = convert(spec, raw);
  }
  out.signingKey = env.CONCORD_RELAY_SIGNING_KEY ?? '';
  const result = configSchema.safeParse(out);
  if (result.success) {
    if (result.data.redis && !result.data.database)
      throw new Error('--redis: needs --database (the instances share one Postgres database)');
    return result.data;
  }
  const issue = result.error.issues[0];
  const spec = RELAY_OPTIONS.find((o) => o.key === issue?.path[0]);
  throw new Error(
    `--${spec?.flag ?? '?'}: ${issue?.message ?? 'invalid value'} (got ${String(spec ? out[spec.key] : '')})`,
  );
}

/** The data folder for the token commands: --data, else CONCORD_RELAY_DATA, else ./concord-data. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return path.resolve(flag ?? env.CONCORD_RELAY_DATA ?? './concord-data');
}

/** The address members reach the relay at, for invite links: CONCORD_RELAY_PUBLIC_URL, else ws://HOST:PORT. */
export function defaultPublicUrl(env: NodeJS.ProcessEnv): string {
  if (env.CONCORD_RELAY_PUBLIC_URL) return env.CONCORD_RELAY_PUBLIC_URL;
  const host = env.CONCORD_RELAY_HOST ?? '127.0.0.1';
  return `ws://${host.includes(':') ? `[${host}]` : host}:${env.CONCORD_RELAY_PORT ?? '4455'}`;
}
