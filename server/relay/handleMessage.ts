import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { CLOSE_CHANGE_REFUSED, CLOSE_DOCUMENT_TOO_LARGE, CLOSE_MALFORMED } from '../../shared/protocol/closeCodes.ts';
import { formatRefusal } from '../../shared/protocol/refusal.ts';
import {
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
} from '../../shared/protocol/messages.ts';
import type { Role } from '../../shared/protocol/tokenPayload.ts';
import { CloseError } from './closeError.ts';
import { awarenessFrame, syncStep2Frame } from './frames.ts';
import { mayApply } from './mayApply.ts';
import type { Peer, Room } from './room.ts';
import { isEmptyUpdate } from './roomState.ts';

/** The connection as seen by the message handler. */
export interface Sender extends Peer {
  /** The role the relay gives the connection (its store's, else the token's). */
  readonly role: Role;
  /** The member id (the token's id): whose comments and attribution the connection may write. */
  readonly member: string;
  readonly maxDocumentBytes: number;
  /**
   * Clients one sync step 1 may name (--max-sync-clients). A document's state vector lists every Yjs
   * client that ever wrote to it (one per app session that wrote); a frame naming millions made the
   * relay build maps of millions of entries per connection and stop answering.
   */
  readonly maxSyncClients: number;
  /** Present when the client asked for acks: acknowledge these clocks once the room is durable. */
  readonly ackWhenDurable: ((clocks: Map<number, number>) => void) | null;
  /** Called when an update was declined because of the sender's role, with the clocks it covered. */
  declined(update: Uint8Array, clocks: Map<number, number>): void;
}

/**
 * Handles one complete frame from `sender` in `room`. Throws (CloseError or a decoding error) when
 * the frame is malformed or over a limit; the caller then closes that connection only.
 */
export function handleMessage(sender: Sender, room: Room, frame: Uint8Array): void {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC:
      return handleSync(sender, room, decoder);
    case MESSAGE_AWARENESS: {
      const update = decoding.readVarUint8Array(decoder);
      // Passed on as the frame it came in when that frame holds nothing else, like a live update.
      return room.presence.applyFrom(sender, update, decoder.pos === frame.length ? frame : null);
    }
    case MESSAGE_QUERY_AWARENESS:
      return sender.send(awarenessFrame(room.awareness));
    default:
      throw new CloseError(CLOSE_MALFORMED, `unknown message type ${type}`);
  }
}

function handleSync(sender: Sender, room: Room, decoder: decoding.Decoder): void {
  const subType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (subType === SYNC_STEP1) {
    if (payload.length > 0 && decoding.readVarUint(decoding.createDecoder(payload)) > sender.maxSyncClients)
      throw new CloseError(CLOSE_MALFORMED, `state vector names more than ${sender.maxSyncClients} clients`);
    const stateVector = Y.decodeStateVector(payload);
    // Answered from the stored bytes while the room has no Y.Doc (roomState.ts).
    sender.send(syncStep2Frame(room.state.missing(payload)));
    // What the relay durably holds of each client the app knows, for every role: a viewer's app
    // counts what others wrote as waiting until the relay confirms it (ackLedger.noteUnconfirmed).
    if (sender.ackWhenDurable) {
      const clocks = new Map<number, number>();
      // Only clients the room has: an ack of nothing is no news, and would echo the whole vector.
      for (const client of stateVector.keys()) {
        const clock = room.state.clock(client);
        if (clock > 0) clocks.set(client, clock);
      }
      sender.ackWhenDurable(clocks);
    }
    return;
  }
  if (subType !== SYNC_STEP2 && subType !== SYNC_UPDATE)
    throw new CloseError(CLOSE_MALFORMED, `unknown sync message ${subType}`);
  // An empty replica answers our sync step 1 with an empty update, one holding the document with its
  // deletions alone: nothing to apply (nor a Y.Doc to build).
  if (isEmptyUpdate(payload) || room.state.holds(payload)) return;
  // Before the commenter check, so that an update the check lets into its copy is always applied too.
  if (sender.role !== 'viewer' && room.stats.bytes + payload.length > sender.maxDocumentBytes)
    throw new CloseError(CLOSE_DOCUMENT_TOO_LARGE, 'document too large');
  const verdict = mayApply(sender.role, sender.member, payload, room);
  if (verdict.kind === 'decline') return sender.declined(payload, Y.parseUpdateMeta(payload).to);
  // Refused as a whole: not applied, stored, forwarded or acknowledged; the connection's close is logged.
  if (verdict.kind === 'refuse') throw new CloseError(CLOSE_CHANGE_REFUSED, formatRefusal(verdict.refusal));
  // A live update is forwarded as the frame it came in (when that frame holds nothing else); a sync
  // step 2 may repeat what the room has (a reconnecting app sends its whole delete set): only the new part goes on.
  const frame = decoder.arr;
  const moved =
    subType === SYNC_UPDATE
      ? room.applyFrom(sender, payload, decoder.pos === frame.length ? frame : null)
      : room.applyExact(sender, payload);
  // Structs waiting for missing dependencies are held in memory, not stored: bound them too.
  const { pendingStructs, pendingDs } = room.doc.store;
  const pending = (pendingStructs?.update.length ?? 0) + (pendingDs?.length ?? 0);
  if (room.stats.bytes + pending > sender.maxDocumentBytes)
    throw new CloseError(CLOSE_DOCUMENT_TOO_LARGE, 'document too large');
  if (!sender.ackWhenDurable) return;
  // What the room had already (a repeat, or what another instance relayed meanwhile) is acknowledged
  // too, at the room's clock for each client the update names: decoded only then, which is rare.
  const clocks = subType === SYNC_UPDATE && moved.size > 0 ? moved : roomClocks(room, payload);
  if (clocks.size > 0) sender.ackWhenDurable(clocks);
}

/** The room's clock for each client whose changes `update` carries. */
function roomClocks(room: Room, update: Uint8Array): Map<number, number> {
  const clocks = new Map<number, number>();
  for (const client of Y.parseUpdateMeta(update).to.keys()) clocks.set(client, room.state.clock(client));
  return clocks;
}
