import pg from 'pg';
import { newCluster, servicesMissing, DATABASE_URL } from '../../test/relay/support/services.ts';
import { startServer } from './servers.ts';
import type { StartServer } from './servers.ts';

/** The relay set-ups the scale-out comparison runs under the same load. */
export const SCALE_OUT_SETUPS = [
  'SQLite, one instance',
  'Postgres, one instance',
  'Postgres + Redis, two instances',
] as const;
export type ScaleOutSetup = (typeof SCALE_OUT_SETUPS)[number];

/** Why the Postgres set-ups cannot run here (DATABASE_URL / REDIS_URL unset), or null. */
export function scaleOutMissing(): string | null {
  return servicesMissing();
}

/** How to start one set-up: SQLite as the main scenario does; Postgres on a fresh schema; two instances with clients split by worker. */
export function scaleOutStarter(setup: ScaleOutSetup): StartServer {
  if (setup === 'SQLite, one instance') return startServer;
  return async (kind, dataDir, workspace) => {
    const cluster = newCluster();
    // Every client of the benchmark comes from 127.0.0.1: lift the per-address connection cap.
    const args = ['--max-connections', '1000000', '--max-connections-total', '1000000'];
    const count = setup === 'Postgres, one instance' ? 1 : 2;
    const instances = await Promise.all(
      Array.from({ length: count }, () => cluster.spawn({ dataDir, args, ...(count === 1 ? { redis: null } : {}) })),
    );
    return {
      kind,
      clientKind: 'y-websocket',
      url: instances[0]!.url,
      pid: instances[0]!.child.pid!,
      pids: instances.map((r) => r.child.pid!),
      // Worker k is collaborator k of every document: even workers on one instance, odd on the other.
      urlFor: (slot) => instances[slot % instances.length]!.url,
      token: cluster.token(workspace),
      dataDir: null,
      storedBytes: async () => {
        const client = new pg.Client({ connectionString: DATABASE_URL });
        await client.connect();
        try {
          const { rows } = await client.query<{ bytes: string }>(
            `SELECT pg_total_relation_size('"${cluster.schema}".updates') AS bytes`,
          );
          return Number(rows[0]?.bytes ?? 0);
        } finally {
          await client.end();
        }
      },
      stop: async () => {
        await Promise.all(instances.map((r) => r.stop('SIGKILL')));
        await cluster.cleanup();
      },
    };
  };
}
