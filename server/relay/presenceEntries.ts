import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { equalityDeep } from 'lib0/function';
import type { Awareness } from 'y-protocols/awareness';
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

/**
 * y-protocols' `applyAwarenessUpdate`, step for step (which entries count, clocks, the local state
 * kept, 'change' and 'update' and their lists), for entries this gate has already read: it would
 * decode and parse every state's JSON a second time. 'change' also compares each updated state with
 * the one before, so that is done only when something listens to it (the relay itself does not).
 */
export function applyEntries(awareness: Awareness, entries: readonly PresenceEntry[], origin: unknown): void {
  const lastUpdated = Date.now();
  const added: number[] = [];
  const updated: number[] = [];
  const changed: number[] = [];
  const removed: number[] = [];
  const hearsChange = (awareness._observers.get('change')?.size ?? 0) > 0;
  for (const { client, state, clock: sent } of entries) {
    let clock = sent;
    const meta = awareness.meta.get(client);
    const previous = awareness.states.get(client);
    const current = meta === undefined ? 0 : meta.clock;
    if (!(current < clock || (current === clock && state === null && awareness.states.has(client)))) continue;
    if (state !== null) awareness.states.set(client, state as Record<string, unknown>);
    // Never removed on another's word while it is set here (y-protocols' rule): announced again instead.
    else if (client === awareness.clientID && awareness.getLocalState() != null) clock++;
    else awareness.states.delete(client);
    awareness.meta.set(client, { clock, lastUpdated });
    if (meta === undefined && state !== null) added.push(client);
    else if (meta !== undefined && state === null) removed.push(client);
    else if (state !== null) {
      if (hearsChange && !equalityDeep(state, previous)) changed.push(client);
      updated.push(client);
    }
  }
  if (added.length > 0 || changed.length > 0 || removed.length > 0)
    awareness.emit('change', [{ added, updated: changed, removed }, origin]);
  if (added.length > 0 || updated.length > 0 || removed.length > 0)
    awareness.emit('update', [{ added, updated, removed }, origin]);
}
