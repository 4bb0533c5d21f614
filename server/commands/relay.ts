import { defineCommand, UsageError } from './command.ts';
import { RELAY_OPTIONS, resolveRelayConfig } from '../relay/options.ts';
import type { RelayConfig } from '../relay/relayConfig.ts';
import { startRelay } from '../relay/server.ts';
import { limitHeapGrowth } from '../relay/heapGrowth.ts';

const ARG = { string: ' ADDR', path: ' DIR', int: ' N', bytes: ' SIZE', bool: '' } as const;

function describeOption(o: (typeof RELAY_OPTIONS)[number]): string {
  const shown = o.flag === 'web' ? 'dist/renderer of this checkout' : o.default || 'none';
  return `  ${('--' + o.flag + (o.arg ? ` ${o.arg}` : ARG[o.kind])).padEnd(32)}  ${o.help}\n  ${''.padEnd(32)}  default ${shown}; env ${o.env}`;
}

const HELP = `Usage: concord relay [options]

Runs a Concord relay: members' apps sync documents through it live (y-websocket protocol at
ws://HOST:PORT/sync/<workspaceId>[/<documentId>]?token=...). It stores every document in an SQLite
database in the data folder, or with --database in Postgres, where several instances can share the
work when they also share --redis and a signing key. It answers GET /healthz (and GET /metrics
with --metrics), and serves the web build at / when there is one. Invite members with
\`concord invite\`. SIGTERM or Ctrl-C stops it cleanly. The shared signing key can also come
from CONCORD_RELAY_SIGNING_KEY.

Options (each can also be set by the environment variable shown; a flag wins):
${RELAY_OPTIONS.map(describeOption).join('\n')}
  --help                            show this text

Sizes take KiB/MiB/GiB suffixes (16MiB). See docs/relay.md for the limits, TLS, backups and the protocol,
docs/deployment.md for systemd, several instances, backups and key rotation.`;

/** `concord relay`: runs the relay until SIGTERM/SIGINT. */
export const relay = defineCommand({
  help: HELP,
  options: Object.fromEntries(
    RELAY_OPTIONS.map((o) => [o.flag, { type: o.kind === 'bool' ? ('boolean' as const) : ('string' as const) }]),
  ),
  async run({ values }) {
    let config: RelayConfig;
    try {
      config = resolveRelayConfig(values, process.env);
    } catch (err) {
      // A flag's (or its environment variable's) value is wrong: that is how the relay was called.
      throw new UsageError(err instanceof Error ? err.message : String(err));
    }
    limitHeapGrowth(config.heapGrowthPercent);
    const running = await startRelay(config);
    console.log(`Concord relay listening on ${running.url}`);
    console.log(running.describe);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await running.stop();
    // Nothing should be left running; if a stray handle is, do not hang a service manager's stop.
    setTimeout(() => process.exit(0), 2000).unref();
  },
});
