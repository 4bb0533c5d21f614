import fs from 'node:fs';
import type * as Y from 'yjs';
import { signToken } from '../../server/auth/token.ts';
import { loadOrCreateSigningKey } from '../../server/auth/signingKey.ts';
import { SqliteTokenStore } from '../../server/auth/sqliteTokenStore.ts';
import { PostgresTokenStore } from '../../server/auth/postgresTokenStore.ts';
import type { TokenStore } from '../../server/auth/tokenStore.ts';
import { openDatabase } from '../../server/storage/sqliteDatabase.ts';
import { openPostgres } from '../../server/storage/postgresDatabase.ts';
import type { PostgresDatabase } from '../../server/storage/postgresDatabase.ts';
import { newId } from '../../shared/ids.ts';
import type { TokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { relayMemory } from '../relay/support/memory.ts';
import type { MemoryReport } from '../relay/support/memory.ts';
import { spawnRelay, tempDataDir } from '../relay/support/relayProcess.ts';
import type { RelayHandle, SpawnOptions } from '../relay/support/relayProcess.ts';
import { readStoredRoom } from '../relay/support/storage.ts';
import { DATABASE_URL, REDIS_URL, failPostgresWrites, newCluster } from '../relay/support/services.ts';
import type { Cluster } from '../relay/support/services.ts';
import { startTcpProxy } from '../relay/support/tcpProxy.ts';
import type { TcpProxy } from '../relay/support/tcpProxy.ts';
import { SmallDisk } from '../relay/support/smallDisk.ts';

/** Relay settings for a soak: no rate limit (members type faster than people), quick token re-checks, memory reports. */
const SOAK_RELAY: SpawnOptions = {
  env: { CONCORD_RELAY_MAX_RATE: '100000', CONCORD_RELAY_TOKEN_RECHECK_MS: '200' },
  nodeArgs: ['--expose-gc'],
  args: ['--debug-memory'],
  // Six other jobs may share two cores: starting node and compiling the relay can take a while.
  startTimeoutMs: 120_000,
};

/**
 * The relay side of a soak: one SQLite relay (its data folder on a small disk of its own when this
 * machine lets us mount one), or, with DATABASE_URL and REDIS_URL, two instances on Postgres + Redis
 * behind a round-robin balancer. `url` is where members (through the frame proxy) connect.
 */
export class RelaySet {
  private instances: RelayHandle[] = [];
  private down: number | null = null;

  private constructor(
    readonly url: string,
    instances: RelayHandle[],
    private readonly tokens: TokenStore,
    private readonly key: Buffer,
    private readonly cluster: Cluster | null,
    private readonly balancer: TcpProxy | null,
    private readonly disk: SmallDisk | null,
    private readonly closeTokens: () => Promise<void>,
    private readonly pg: PostgresDatabase | null,
  ) {
    this.instances = instances;
  }

  /** Starts the relay(s). */
  static async start(): Promise<RelaySet> {
    if (DATABASE_URL && REDIS_URL) {
      const cluster = newCluster();
      const instances = await Promise.all([cluster.spawn(SOAK_RELAY), cluster.spawn(SOAK_RELAY)]);
      const balancer = await startTcpProxy(instances.map((r) => ({ host: '127.0.0.1', port: r.port })));
      const pg = await openPostgres({ url: DATABASE_URL, schema: cluster.schema, max: 1 });
      const key = Buffer.from(cluster.keyHex, 'hex');
      return new RelaySet(
        `ws://127.0.0.1:${balancer.port}`,
        instances,
        new PostgresTokenStore(pg),
        key,
        cluster,
        balancer,
        null,
        () => pg.close(),
        pg,
      );
    }
    const disk = SmallDisk.mount(tempDataDir('concord-soak-'));
    const dataDir = disk?.dir ?? tempDataDir('concord-soak-');
    const relay = await spawnRelay({ ...SOAK_RELAY, dataDir });
    const db = openDatabase(dataDir);
    const key = loadOrCreateSigningKey(dataDir).key;
    return new RelaySet(
      relay.url,
      [relay],
      new SqliteTokenStore(db),
      key,
      null,
      null,
      disk,
      async () => void db.close(),
      null,
    );
  }

  /** 'sqlite' or 'postgres+redis (2 instances)'. */
  get mode(): string {
    return this.cluster ? 'postgres+redis, 2 instances' : 'sqlite';
  }

  get twoInstances(): boolean {
    return this.cluster !== null;
  }

  /** Whether this set-up can make its storage refuse writes (SQLite: only on a small disk of its own). */
  get canFailStorage(): boolean {
    return this.pg !== null || this.disk !== null;
  }

  /**
   * Makes every write of document updates fail as when the disk is full, and returns what ends it.
   * SQLite: its data folder's small disk filled to the last byte (SQLITE_FULL). Postgres: a trigger
   * on the updates table raises what Postgres raises on a full disk (SQLSTATE 53100, disk_full), so
   * both instances meet it on the same shared database, through their real error path.
   */
  async failStorage(): Promise<() => Promise<void>> {
    if (this.disk) {
      const disk = this.disk;
      disk.fill();
      return async () => disk.free();
    }
    const pg = this.pg;
    if (!pg) throw new Error('this relay set-up cannot fail its storage');
    return failPostgresWrites(pg.pool, pg.schema);
  }

  /** Issues and records an editor token for workspace `ws`. */
  async token(ws: string, name: string): Promise<{ id: string; token: string }> {
    const now = Math.floor(Date.now() / 1000);
    const payload: TokenPayload = { v: 1, id: newId(), ws, role: 'editor', name, iat: now, exp: now + 86_400 };
    await this.tokens.record(payload);
    return { id: payload.id, token: signToken(this.key, payload) };
  }

  async revoke(id: string): Promise<void> {
    if (!(await this.tokens.revoke(id, Math.floor(Date.now() / 1000)))) throw new Error(`token ${id} unknown`);
  }

  /** Kills instance `i` (the only one with SQLite) with SIGKILL. */
  async kill(i: number): Promise<void> {
    const result = await this.instances[i]!.stop('SIGKILL');
    if (result.signal !== 'SIGKILL') throw new Error(`relay ${i} exited by itself (${result.code}) before SIGKILL`);
    this.down = i;
  }

  /** Starts the killed instance again on its port and data. */
  async restart(): Promise<void> {
    if (this.down === null) return;
    const old = this.instances[this.down]!;
    const options = { ...SOAK_RELAY, port: old.port };
    this.instances[this.down] = this.cluster
      ? await this.cluster.spawn(options)
      : await spawnRelay({ ...options, dataDir: old.dataDir });
    this.down = null;
  }

  get instanceCount(): number {
    return this.instances.length;
  }

  /** The room as stored (read straight from SQLite or Postgres, not through a relay). */
  async stored(room: string): Promise<Y.Doc> {
    return this.cluster
      ? (await this.cluster.stored(room)).doc
      : (await readStoredRoom(this.instances[0]!.dataDir, room)).doc;
  }

  /** Memory of every running instance. */
  async memory(): Promise<MemoryReport[]> {
    return Promise.all(this.instances.map((r, i) => (i === this.down ? null : relayMemory(r)))).then((all) =>
      all.filter((r): r is MemoryReport => r !== null),
    );
  }

  /** What the relay processes printed (for a failure report). */
  output(): string {
    return this.instances.map((r, i) => `--- relay ${i}\n${r.output().slice(-4000)}`).join('\n');
  }

  async close(): Promise<void> {
    await this.closeTokens();
    await Promise.all(this.instances.map((r) => r.stop('SIGKILL')));
    await this.balancer?.close();
    await this.cluster?.cleanup();
    this.disk?.unmount();
    for (const r of this.instances) fs.rmSync(r.dataDir, { recursive: true, force: true });
  }
}
