import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createClient } from 'redis';
import { waitFor } from './wait.ts';

/** Whether a `redis-server` binary is on the PATH (scripts/ci-services.sh installs it). */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A private, throwaway redis-server a test can kill and restart (no persistence: a restart loses everything). */
export interface PrivateRedis {
  url: string;
  kill(): Promise<void>;
  start(): Promise<void>;
}

/** Starts redis-server on `port` (loopback only). */
export async function startPrivateRedis(port: number): Promise<PrivateRedis> {
  let child: ChildProcess | null = null;
  const url = `redis://127.0.0.1:${port}`;
  const pings = async () => {
    const c = createClient({ url, socket: { reconnectStrategy: false } });
    c.on('error', () => undefined);
    try {
      await c.connect();
      return (await c.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      c.destroy();
    }
  };
  const handle: PrivateRedis = {
    url,
    async start() {
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
      );
      await waitFor(pings, 'private redis-server answers');
    },
    async kill() {
      const c = child;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise((resolve) => c.once('exit', resolve));
      c.kill('SIGKILL');
      await exited;
    },
  };
  await handle.start();
  return handle;
}
