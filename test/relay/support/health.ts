/** A relay's /healthz answer. */
export interface Health {
  httpStatus: number;
  status: 'ok' | 'degraded';
  rooms: number;
  connections: number;
  pendingWrites?: number;
  storage?: { kind: string; ok: boolean; detail?: string };
  fanout?: { kind: string; ok: boolean; detail?: string };
}

/** GET /healthz. */
export async function health(httpUrl: string): Promise<Health> {
  const res = await fetch(`${httpUrl}/healthz`);
  return { httpStatus: res.status, ...((await res.json()) as Omit<Health, 'httpStatus'>) };
}

/** The value of one series from GET /metrics (`name` with its labels, e.g. `x_total{source="remote"}`), or 0. */
export async function metric(httpUrl: string, series: string): Promise<number> {
  const text = await (await fetch(`${httpUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
