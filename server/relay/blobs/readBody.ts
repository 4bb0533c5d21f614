import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A request body read in full, with its SHA-256. */
export interface ReadBody {
  bytes: Uint8Array;
  sha256: string;
}

/**
 * Reads exactly `length` bytes of the request body into one buffer allocated up front (the caller
 * has budgeted them), hashing as they arrive. Null when the body is longer or shorter than that,
 * or the client goes away: a request may never make the relay hold more than it declared.
 */
export function readBody(req: IncomingMessage, length: number): Promise<ReadBody | null> {
  return new Promise((resolve) => {
    const bytes = new Uint8Array(length);
    const hash = crypto.createHash('sha256');
    let filled = 0;
    let done = false;
    const finish = (result: ReadBody | null) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      if (!result) req.resume();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      if (filled + chunk.length > length) return finish(null);
      bytes.set(chunk, filled);
      hash.update(chunk);
      filled += chunk.length;
    };
    req.on('data', onData);
    req.once('end', () => finish(filled === length ? { bytes, sha256: hash.digest('hex') } : null));
    req.once('error', () => finish(null));
    req.once('close', () => finish(null));
  });
}
