import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { KeyRing } from './epochKeys.ts';
import { OpenError } from './openError.ts';

/** Format version of sealed records. */
const SEALED_VERSION = 1;
/** Bytes of a device id (random per device and workspace). */
export const DEVICE_ID_BYTES = 16;
const NONCE_BYTES = 24;
/** Version, kind, one-byte epoch, device, one-byte counter, nonce. */
const MIN_HEADER_BYTES = 4 + DEVICE_ID_BYTES + NONCE_BYTES;

/** What a sealed record holds (docs/private-workspaces.md, Formats); the numbers are the wire codes. */
export const RECORD_KINDS = {
  update: 1,
  presence: 2,
  snapshot: 3,
  blob: 4,
  file: 5,
  chain: 6,
  roster: 7,
} as const;
/** A record kind's name. */
export type RecordKind = keyof typeof RECORD_KINDS;

const KIND_BY_CODE = new Map<number, RecordKind>(
  Object.entries(RECORD_KINDS).map(([name, code]) => [code, name as RecordKind]),
);
const AD_PREFIX = new TextEncoder().encode('concord-sealed/v1\0');

/** Who sealed a record and where it falls in their sequence. */
export interface RecordHeader {
  kind: RecordKind;
  epoch: number;
  device: Uint8Array;
  counter: number;
}

/** An opened record. */
export interface OpenedRecord extends RecordHeader {
  payload: Uint8Array;
}

/** Seals `payload` for `room` under the ring's newest epoch. */
export function sealRecord(
  ring: KeyRing,
  room: string,
  header: Omit<RecordHeader, 'epoch'>,
  payload: Uint8Array,
): Uint8Array {
  const { epoch } = ring.current();
  if (header.device.length !== DEVICE_ID_BYTES) throw new Error(`a device id has ${DEVICE_ID_BYTES} bytes`);
  if (!Number.isSafeInteger(header.counter) || header.counter < 0) throw new Error('invalid record counter');
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, SEALED_VERSION);
  encoding.writeUint8(encoder, RECORD_KINDS[header.kind]);
  encoding.writeVarUint(encoder, epoch);
  encoding.writeUint8Array(encoder, header.device);
  encoding.writeVarUint(encoder, header.counter);
  encoding.writeUint8Array(encoder, randomBytes(NONCE_BYTES));
  const head = encoding.toUint8Array(encoder);
  const nonce = head.subarray(head.length - NONCE_BYTES);
  const cipher = xchacha20poly1305(ring.recordKey(epoch, header.kind), nonce, associatedData(room, head));
  const sealed = cipher.encrypt(payload);
  const out = new Uint8Array(head.length + sealed.length);
  out.set(head);
  out.set(sealed, head.length);
  return out;
}

/** Reads a record's header without opening it (bounded; an OpenError when malformed). */
export function readRecordHeader(record: Uint8Array): RecordHeader & { headerBytes: number } {
  if (record.length < MIN_HEADER_BYTES) throw new OpenError('malformed', 'truncated header');
  try {
    const decoder = decoding.createDecoder(record);
    const version = decoding.readUint8(decoder);
    if (version !== SEALED_VERSION)
      throw new OpenError('unknown version', `version ${version} (made by a newer Concord?)`);
    const code = decoding.readUint8(decoder);
    const kind = KIND_BY_CODE.get(code);
    if (!kind) throw new OpenError('unknown kind', `kind ${code}`);
    const epoch = decoding.readVarUint(decoder);
    const device = decoding.readUint8Array(decoder, DEVICE_ID_BYTES);
    const counter = decoding.readVarUint(decoder);
    decoding.readUint8Array(decoder, NONCE_BYTES);
    if (!Number.isSafeInteger(epoch) || !Number.isSafeInteger(counter))
      throw new OpenError('malformed', 'number out of range');
    return { kind, epoch, device: new Uint8Array(device), counter, headerBytes: decoder.pos };
  } catch (err) {
    if (err instanceof OpenError) throw err;
    throw new OpenError('malformed', 'truncated header');
  }
}

/** Opens a record sealed for `room`; an OpenError when it is malformed, of an unknown epoch or not authentic. */
export function openRecord(ring: KeyRing, room: string, record: Uint8Array): OpenedRecord {
  const { headerBytes, ...header } = readRecordHeader(record);
  const head = record.subarray(0, headerBytes);
  const nonce = head.subarray(headerBytes - NONCE_BYTES);
  const key = ring.recordKey(header.epoch, header.kind);
  try {
    const payload = xchacha20poly1305(key, nonce, associatedData(room, head)).decrypt(record.subarray(headerBytes));
    return { ...header, payload };
  } catch {
    throw new OpenError('not authentic', `a ${header.kind} record failed authentication in ${room}`);
  }
}

function associatedData(room: string, head: Uint8Array): Uint8Array {
  const roomBytes = new TextEncoder().encode(room);
  const ad = new Uint8Array(AD_PREFIX.length + roomBytes.length + 1 + head.length);
  ad.set(AD_PREFIX);
  ad.set(roomBytes, AD_PREFIX.length);
  // A separator: no room name is a prefix of another's associated data.
  ad[AD_PREFIX.length + roomBytes.length] = 0;
  ad.set(head, AD_PREFIX.length + roomBytes.length + 1);
  return ad;
}
