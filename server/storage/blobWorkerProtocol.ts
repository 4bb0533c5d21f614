import type { PutOutcome } from './blobStore.ts';

/** A request from the relay to its SQLite blob thread. */
export type BlobRequest =
  | { id: number; op: 'size' | 'get'; workspace: string; hash: string }
  | { id: number; op: 'put'; workspace: string; hash: string; bytes: Uint8Array; quota: number }
  | { id: number; op: 'usage' | 'deleteOrdinary'; workspace: string }
  | { id: number; op: 'close' };

/** What the blob thread answers a request with. */
export type BlobResult = Uint8Array | number | PutOutcome | null;

/** The blob thread's answer: a result, or the message of what went wrong. */
export type BlobReply =
  { id: number; result: BlobResult; error?: undefined } | { id: number; error: string; result?: undefined };
