import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { MESSAGE_ACK, MESSAGE_DECLINED } from './messages.ts';

// MESSAGE_ACK payload: varUint count, then `count` pairs (varUint clientID, varUint clock). Each pair
// says: the relay has durably stored every change of that Yjs client below `clock` (a state-vector
// entry). The relay sends one for the client ids whose updates this connection sent, once they are
// on disk, and only to connections opened with `ack=1`.

/** Durably stored clock per Yjs client id, as acknowledged by the relay. */
export type AckedState = Map<number, number>;

/** Upper bound on pairs in one ack; guards a client against a hostile relay's huge count. */
const MAX_PAIRS = 1_000_000;

/** Writes a complete MESSAGE_ACK (or MESSAGE_DECLINED: the same payload) into `encoder`. */
function writeAckMessage(
  encoder: encoding.Encoder,
  entries: Iterable<readonly [number, number]>,
  type: typeof MESSAGE_ACK | typeof MESSAGE_DECLINED,
): void {
  const list = [...entries];
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint(encoder, list.length);
  for (const [client, clock] of list) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
}

/** A complete MESSAGE_ACK frame. */
export function encodeAckMessage(entries: Iterable<readonly [number, number]>): Uint8Array {
  const encoder = encoding.createEncoder();
  writeAckMessage(encoder, entries, MESSAGE_ACK);
  return encoding.toUint8Array(encoder);
}

/**
 * A complete MESSAGE_DECLINED frame: the relay will not store the changes of each client below each
 * clock that this connection sent (its role may not write here). Read with `readAckPayload`.
 */
export function encodeDeclinedMessage(entries: Iterable<readonly [number, number]>): Uint8Array {
  const encoder = encoding.createEncoder();
  writeAckMessage(encoder, entries, MESSAGE_DECLINED);
  return encoding.toUint8Array(encoder);
}

/**
 * Reads an ack's payload from a decoder positioned just after the message type (as in a y-websocket
 * `provider.messageHandlers[MESSAGE_ACK]`). Throws on a truncated payload.
 */
export function readAckPayload(decoder: decoding.Decoder): AckedState {
  const count = decoding.readVarUint(decoder);
  if (count > MAX_PAIRS) throw new Error('ack: too many entries');
  const acked: AckedState = new Map();
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    acked.set(client, Math.max(clock, acked.get(client) ?? 0));
  }
  return acked;
}

/** Folds a newly received ack into the accumulated state (acks only ever move forward). */
export function mergeAcked(into: AckedState, ack: AckedState): void {
  for (const [client, clock] of ack) {
    if (clock > (into.get(client) ?? 0)) into.set(client, clock);
  }
}

/**
 * How many of `doc`'s changes by the given clients (default: this session's client id) the relay has
 * not yet acknowledged, counted in Yjs clock units (about one per inserted character or element).
 * Zero means "all changes saved to the relay".
 */
export function pendingLocalChanges(
  doc: Y.Doc,
  acked: AckedState,
  clientIds: Iterable<number> = [doc.clientID],
): number {
  let pending = 0;
  for (const client of new Set(clientIds)) {
    pending += Math.max(0, Y.getState(doc.store, client) - (acked.get(client) ?? 0));
  }
  return pending;
}
