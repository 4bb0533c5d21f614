import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CLOSE_MALFORMED } from '../../shared/protocol/closeCodes.ts';
import { CloseError } from './closeError.ts';

/** One entry of an awareness update: a client's presence state (null: gone) at its clock. */
export interface PresenceEntry {
  client: number;
  clock: number;
  /** The state's JSON text, as sent ("null" when the client is gone). */
  json: string;
  state: unknown;
}

/** Limits applied while reading an awareness update. */
export interface EntryLimits {
  maxEntries: number;
  maxStateBytes: number;
}

/** Decodes the states' JSON, refusing malformed UTF-8 (one for the process: a decoder per message was a large share of what the relay allocated under load). */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads an awareness update (varUint count, then count × (client, clock, JSON string)), refusing it
 * (CloseError 4400) before reading further when it names more than `maxEntries` clients or a
 * state is longer than `maxStateBytes`; the JSON is only parsed once its length passed.
 */
export function readPresenceEntries(update: Uint8Array, limits: EntryLimits): PresenceEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > limits.maxEntries)
    throw new CloseError(CLOSE_MALFORMED, `presence message names ${count} clients (limit ${limits.maxEntries})`);
  const entries: PresenceEntry[] = [];
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const length = decoding.readVarUint(decoder);
    if (length > limits.maxStateBytes)
      throw new CloseError(CLOSE_MALFORMED, `presence state over ${limits.maxStateBytes} bytes`);
    const json = utf8.decode(decoding.readUint8Array(decoder, length));
    entries.push({ client, clock, json, state: JSON.parse(json) as unknown });
  }
  return entries;
}

/** Encodes entries back into an awareness update (what y-protocols applies). */
export function writePresenceEntries(entries: readonly PresenceEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { client, clock, json } of entries) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}
