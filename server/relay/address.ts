import type { IncomingMessage } from 'node:http';

/** The client's address: the socket's peer, or behind a trusted proxy the last X-Forwarded-For hop. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const last = forwarded
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .at(-1);
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** Counts open connections per address. */
export class AddressCounter {
  private readonly counts = new Map<string, number>();

  count(address: string): number {
    return this.counts.get(address) ?? 0;
  }

  add(address: string): void {
    this.counts.set(address, this.count(address) + 1);
  }

  remove(address: string): void {
    const n = this.count(address) - 1;
    if (n > 0) this.counts.set(address, n);
    else this.counts.delete(address);
  }
}
