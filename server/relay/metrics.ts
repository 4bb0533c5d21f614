import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { LogEntry, LogStats, RowSummary, StoredLog, UpdateStore } from '../storage/updateStore.ts';

/** Live values the gauges read when scraped. */
export interface MetricSources {
  connections(): number;
  rooms(): number;
  storageOk(): boolean;
  fanoutOk(): boolean;
  /** Updates accepted but not yet stored (they pile up while Postgres is unavailable). */
  pendingWrites(): number;
}

type Source = 'local' | 'remote';

/** The relay's Prometheus metrics (GET /metrics), in a registry of its own. */
export class RelayMetrics {
  readonly registry = new Registry();
  /** Updates applied, counted as plain numbers (this is on every update's path) and reported when scraped. */
  private readonly applied: Record<Source, number> = { local: 0, remote: 0 };
  private readonly reported: Record<Source, number> = { local: 0, remote: 0 };
  readonly updates: Counter<'source'> = new Counter({
    name: 'concord_relay_updates_total',
    help: 'Document updates applied, by source: accepted here (local) or from another instance (remote)',
    labelNames: ['source'],
    registers: [this.registry],
    collect: () => {
      for (const source of ['local', 'remote'] as const) {
        const more = this.applied[source] - this.reported[source];
        if (more > 0) this.updates.inc({ source }, more);
        this.reported[source] = this.applied[source];
      }
    },
  });
  readonly fanoutLag = new Histogram({
    name: 'concord_relay_fanout_lag_seconds',
    help: 'Time from another instance publishing an update (XADD, its clock) to this one applying it',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly reloads = new Counter({
    name: 'concord_relay_fanout_reloads_total',
    help: 'Documents reloaded from storage because their stream could not be followed (trimmed, lost, or a publish failed)',
    registers: [this.registry],
  });
  readonly storageSeconds = new Histogram({
    name: 'concord_relay_storage_seconds',
    help: 'Storage call latency, by operation (append is one group commit; it includes retries during an outage)',
    labelNames: ['op'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
    registers: [this.registry],
  });

  constructor(sources: MetricSources) {
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
    gauge('concord_relay_connections', 'Open client connections', sources.connections);
    gauge('concord_relay_rooms_loaded', 'Documents (and workspace indexes) loaded', sources.rooms);
    gauge('concord_relay_storage_up', '1 when the storage answers and writes succeed', () =>
      Number(sources.storageOk()),
    );
    gauge('concord_relay_fanout_up', '1 when the fan-out to other instances works (always 1 for a single relay)', () =>
      Number(sources.fanoutOk()),
    );
    gauge(
      'concord_relay_pending_writes',
      'Updates accepted but not yet stored (not acknowledged)',
      sources.pendingWrites,
    );
    collectDefaultMetrics({ register: this.registry, prefix: 'concord_relay_' });
  }

  /** Counts an update applied. */
  countUpdate(source: Source): void {
    this.applied[source] += 1;
  }

  /** The exposition text and its content type. */
  async render(): Promise<{ body: string; contentType: string }> {
    return { body: await this.registry.metrics(), contentType: this.registry.contentType };
  }

  /** Wraps `store` so that each call's latency is recorded. */
  timed(store: UpdateStore): UpdateStore {
    const time = async <T>(op: string, call: () => Promise<T>): Promise<T> => {
      const end = this.storageSeconds.startTimer({ op });
      try {
        return await call();
      } finally {
        end();
      }
    };
    return {
      load: (room: string): Promise<StoredLog> => time('load', () => store.load(room)),
      appendBatch: (entries: readonly LogEntry[]): Promise<void> => time('append', () => store.appendBatch(entries)),
      compact: (room: string, merged?: Uint8Array, summary?: RowSummary): Promise<LogStats> =>
        time('compact', () => store.compact(room, merged, summary)),
      replaceCovered: (room: string, row: Uint8Array, coversSeq: number): Promise<LogStats> =>
        time('snapshot', () => store.replaceCovered(room, row, coversSeq)),
      ...(store.loadNumberedAfter && {
        loadNumberedAfter: (room: string, after: number) => time('load', () => store.loadNumberedAfter!(room, after)),
      }),
      ...(store.appendNumbered && {
        appendNumbered: (room: string, seq: number, row: Uint8Array) =>
          time('append', () => store.appendNumbered!(room, seq, row)),
      }),
      deleteOrdinaryRooms: (workspaceId: string): Promise<number> =>
        time('delete', () => store.deleteOrdinaryRooms(workspaceId)),
      close: () => store.close(),
    };
  }
}
