import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ROLES } from './tokenPayload.ts';
import type { Role } from './tokenPayload.ts';

// The protocol of sealed (private) rooms, `<relay>/sealed/<ws>[/<doc>]`: the relay keeps an
// append-only log of opaque records it numbers and labels with the writer's role and member id
// (docs/private-workspaces.md, "How sync works when the relay cannot merge").

/** Path prefix of sealed rooms. */
export const SEALED_PATH = '/sealed';

/** One message of a sealed room, as decoded. */
export type SealedMessage =
  /** client → relay: send every record after `after`, then `caughtUp`. */
  | { type: 'subscribe'; after: number }
  /** relay → client: a stored record, its number and who wrote it. */
  | { type: 'record'; seq: number; role: Role; member: string; record: Uint8Array }
  /** relay → client: the subscription has delivered everything up to `seq`. */
  | { type: 'caughtUp'; seq: number }
  /** client → relay: store and forward this record. */
  | { type: 'append'; record: Uint8Array }
  /** relay → writer: its record is durably stored as number `seq` (the ack). */
  | { type: 'stored'; seq: number }
  /** both ways: a sealed presence record, forwarded, never stored. */
  | { type: 'presence'; record: Uint8Array }
  /**
   * client → relay: store this sealed snapshot, which stands for every record up to `coversSeq`;
   * relay → client (on a cold load): the newest snapshot, before the records after it.
   */
  | { type: 'snapshot'; coversSeq: number; record: Uint8Array };

const CODES = {
  subscribe: 120,
  record: 121,
  caughtUp: 122,
  append: 123,
  stored: 124,
  presence: 125,
  snapshot: 126,
} as const;
/** Longest member id accepted in a record message (token ids are far shorter). */
const MAX_MEMBER_CHARS = 200;

/** Encodes one message as a frame. */
export function encodeSealedMessage(message: SealedMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CODES[message.type]);
  switch (message.type) {
    case 'subscribe':
      encoding.writeVarUint(encoder, message.after);
      break;
    case 'caughtUp':
    case 'stored':
      encoding.writeVarUint(encoder, message.seq);
      break;
    case 'record':
      encoding.writeVarUint(encoder, message.seq);
      encoding.writeVarUint(encoder, ROLES.indexOf(message.role));
      encoding.writeVarString(encoder, message.member);
      encoding.writeVarUint8Array(encoder, message.record);
      break;
    case 'append':
    case 'presence':
      encoding.writeVarUint8Array(encoder, message.record);
      break;
    case 'snapshot':
      encoding.writeVarUint(encoder, message.coversSeq);
      encoding.writeVarUint8Array(encoder, message.record);
      break;
  }
  return encoding.toUint8Array(encoder);
}

/** Decodes one frame; throws an Error saying what is wrong when it is not a complete sealed-room message. */
export function decodeSealedMessage(frame: Uint8Array): SealedMessage {
  const decoder = decoding.createDecoder(frame);
  let message: SealedMessage;
  try {
    message = read(decoder);
  } catch (err) {
    if (err instanceof SealedProtocolError) throw err;
    throw new SealedProtocolError('truncated message');
  }
  if (decoding.hasContent(decoder)) throw new SealedProtocolError(`trailing bytes after a ${message.type} message`);
  return message;
}

/** A frame that is not a valid sealed-room message. */
class SealedProtocolError extends Error {}

function read(decoder: decoding.Decoder): SealedMessage {
  const code = decoding.readVarUint(decoder);
  switch (code) {
    case CODES.subscribe:
      return { type: 'subscribe', after: safe(decoding.readVarUint(decoder)) };
    case CODES.caughtUp:
      return { type: 'caughtUp', seq: safe(decoding.readVarUint(decoder)) };
    case CODES.stored:
      return { type: 'stored', seq: safe(decoding.readVarUint(decoder)) };
    case CODES.record: {
      const seq = safe(decoding.readVarUint(decoder));
      const role = ROLES[decoding.readVarUint(decoder)];
      if (!role) throw new SealedProtocolError('unknown role');
      const member = decoding.readVarString(decoder);
      if (member.length > MAX_MEMBER_CHARS) throw new SealedProtocolError('member id too long');
      return { type: 'record', seq, role, member, record: decoding.readVarUint8Array(decoder) };
    }
    case CODES.append:
      return { type: 'append', record: decoding.readVarUint8Array(decoder) };
    case CODES.presence:
      return { type: 'presence', record: decoding.readVarUint8Array(decoder) };
    case CODES.snapshot: {
      const coversSeq = safe(decoding.readVarUint(decoder));
      return { type: 'snapshot', coversSeq, record: decoding.readVarUint8Array(decoder) };
    }
    default:
      throw new SealedProtocolError(`unknown sealed message type ${code}`);
  }
}

function safe(n: number): number {
  if (!Number.isSafeInteger(n)) throw new SealedProtocolError('number out of range');
  return n;
}
