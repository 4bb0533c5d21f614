import net from 'node:net';

/** A TCP endpoint. */
export interface Target {
  host: string;
  port: number;
}

/** A loopback TCP proxy that a test can cut, like a failing network or a stopped server. */
export interface TcpProxy {
  port: number;
  /** Closes every open connection and refuses new ones until `restore`. */
  cut(): void;
  /** Refuses new connections but leaves open ones alone (nobody can reconnect). */
  hold(): void;
  restore(): void;
  close(): Promise<void>;
}

/**
 * Starts a proxy on a free loopback port. With several targets it is a round-robin load balancer:
 * each new connection goes to the next target, skipping those that refuse (a dead instance).
 */
export async function startTcpProxy(targets: Target[]): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let refusing = false;
  let next = 0;
  const connectTo = (client: net.Socket, attempt: number): void => {
    const target = targets[next++ % targets.length]!;
    const upstream = net.connect(target.port, target.host);
    let connected = false;
    open.add(upstream);
    upstream.once('connect', () => {
      connected = true;
      client.pipe(upstream).pipe(client);
      client.resume();
    });
    upstream.once('error', () => {
      open.delete(upstream);
      // A target that refuses is down: the next one gets the connection.
      if (!connected && attempt + 1 < targets.length && !client.destroyed) connectTo(client, attempt + 1);
      else client.destroy();
    });
    upstream.once('close', () => {
      open.delete(upstream);
      if (connected) client.destroy();
    });
  };
  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    if (refusing) return void client.destroy();
    open.add(client);
    client.on('error', () => undefined);
    client.once('close', () => open.delete(client));
    connectTo(client, 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    cut() {
      refusing = true;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    hold() {
      refusing = true;
    },
    restore() {
      refusing = false;
    },
    close() {
      refusing = true;
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Host and port of a postgres:// or redis:// URL. */
export function targetOf(url: string, defaultPort: number): Target {
  const u = new URL(url);
  return { host: u.hostname || '127.0.0.1', port: Number(u.port || defaultPort) };
}

/** The URL with its host and port replaced by the proxy's. */
export function throughProxy(url: string, proxy: TcpProxy): string {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(proxy.port);
  return u.toString();
}
