import * as z from 'zod/mini';

// Raw RESP2 replies (blob strings as Buffers) of the stream commands the fan-out uses, validated.

/** The id before any entry: reading after it returns the whole stream. */
export const STREAM_START = '0-0';

const buf = z.instanceof(Buffer);
const entrySchema = z.tuple([buf, z.array(buf)]);
const xreadSchema = z.nullable(z.array(z.tuple([buf, z.array(entrySchema)])));

/** One stream entry: its id and its fields. */
export interface StreamEntry {
  id: string;
  fields: Map<string, Buffer>;
}

/** XREAD's reply as entries per stream key (empty when it timed out or was unblocked). */
export function parseXread(reply: unknown): Map<string, StreamEntry[]> {
  const out = new Map<string, StreamEntry[]>();
  for (const [key, entries] of xreadSchema.parse(reply) ?? []) {
    out.set(
      key.toString(),
      entries.map(([id, flat]) => {
        const fields = new Map<string, Buffer>();
        for (let i = 0; i + 1 < flat.length; i += 2) fields.set(flat[i]!.toString(), flat[i + 1]!);
        return { id: id.toString(), fields };
      }),
    );
  }
  return out;
}

/** The parts of XINFO STREAM the reader needs. */
export interface StreamInfo {
  length: number;
  lastGeneratedId: string;
  /** Entries ever added (Redis 7.0+): more than `length` means some were trimmed. */
  entriesAdded: number;
}

/** XINFO STREAM's reply (a flat list of names and values). */
export function parseXinfo(reply: unknown): StreamInfo {
  const flat = z.array(z.unknown()).parse(reply);
  const get = (name: string): string => {
    const i = flat.findIndex((v, k) => k % 2 === 0 && String(v) === name);
    if (i < 0) throw new Error(`XINFO STREAM has no ${name} (the relay needs Redis 7.0 or later)`);
    return String(flat[i + 1]);
  };
  return {
    length: Number(get('length')),
    lastGeneratedId: get('last-generated-id'),
    entriesAdded: Number(get('entries-added')),
  };
}

/** Whether an error is Redis saying the key does not exist. */
export function isNoSuchKey(err: unknown): boolean {
  return err instanceof Error && /no such key/i.test(err.message);
}
