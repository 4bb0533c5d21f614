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

/** The connection as seen by the message handler. */
export interface Sender extends Peer {
  /** The role the relay gives the connection (its store's, else the token's). */
  readonly role: Role;
  /** The member id (the token's id): whose comments and attribution the connection may write. */
  readonly member: string;
  readonly maxDocumentBytes: number;
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
    case MESSAGE_AWARENESS:
      return room.presence.applyFrom(sender, decoding.readVarUint8Array(decoder));
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
    const stateVector = Y.decodeStateVector(payload);
    sender.send(syncStep2Frame(room.doc, payload));
    if (sender.ackWhenDurable && sender.role !== 'viewer')
      sender.ackWhenDurable(clocksOf(room.doc, stateVector.keys()));
    return;
  }
  if (subType !== SYNC_STEP2 && subType !== SYNC_UPDATE)
    throw new CloseError(CLOSE_MALFORMED, `unknown sync message ${subType}`);
  // Decode completely before touching any document, so a truncated update cannot half-apply.
  const { structs } = Y.decodeUpdate(payload);
  // Before the commenter check, so that an update the check lets into its copy is always applied too.
  if (sender.role !== 'viewer' && room.stats.bytes + payload.length > sender.maxDocumentBytes)
    throw new CloseError(CLOSE_DOCUMENT_TOO_LARGE, 'document too large');
  const verdict = mayApply(sender.role, sender.member, payload, room);
  if (verdict.kind === 'decline') return sender.declined(payload, endClocks(structs));
  // Refused as a whole: not applied, stored, forwarded or acknowledged; the connection's close is logged.
  if (verdict.kind === 'refuse') throw new CloseError(CLOSE_CHANGE_REFUSED, formatRefusal(verdict.refusal));
  room.review.apply(payload, sender);
  // Structs waiting for missing dependencies are held in memory, not stored: bound them too.
  const { pendingStructs, pendingDs } = room.doc.store;
  const pending = (pendingStructs?.update.length ?? 0) + (pendingDs?.length ?? 0);
  if (room.stats.bytes + pending > sender.maxDocumentBytes)
    throw new CloseError(CLOSE_DOCUMENT_TOO_LARGE, 'document too large');
  if (sender.ackWhenDurable)
    sender.ackWhenDurable(
      clocksOf(
        room.doc,
        structs.map((s) => s.id.client),
      ),
    );
}

/** The clock just past each client's last struct in an update (what a decline covers). */
function endClocks(
  structs: ReadonlyArray<{ id: { client: number; clock: number }; length: number }>,
): Map<number, number> {
  const clocks = new Map<number, number>();
  for (const s of structs) clocks.set(s.id.client, Math.max(clocks.get(s.id.client) ?? 0, s.id.clock + s.length));
  return clocks;
}

/** The relay's current clock for each of `clients` (state-vector entries). */
function clocksOf(doc: Y.Doc, clients: Iterable<number>): Map<number, number> {
  const clocks = new Map<number, number>();
  for (const client of clients) clocks.set(client, Y.getState(doc.store, client));
  return clocks;
}
