import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { KeyRing } from '../sealed/epochKeys.ts';
import { OpenError } from '../sealed/openError.ts';
import { openRecord } from '../sealed/sealedRecord.ts';

/** A snapshot record's payload (docs/private-workspaces.md, Formats): `[varuint coversSeq][Yjs state]`. */
export function encodeSnapshotPayload(coversSeq: number, state: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, coversSeq);
  encoding.writeUint8Array(encoder, state);
  return encoding.toUint8Array(encoder);
}

/**
 * Opens a snapshot the relay sent as covering records up to `coversSeq`, and checks it completely
 * before anything is applied: authentic for this room, of the snapshot kind, covering the number it
 * was sealed with (the relay's number is not authenticated, the sealed one is), holding a complete
 * Yjs update. An OpenError says why not.
 */
export function openSnapshot(ring: KeyRing, room: string, coversSeq: number, record: Uint8Array): Uint8Array {
  const opened = openRecord(ring, room, record);
  if (opened.kind !== 'snapshot') throw new OpenError('malformed', `a ${opened.kind} record sent as a snapshot`);
  let sealedSeq: number;
  let state: Uint8Array;
  try {
    const decoder = decoding.createDecoder(opened.payload);
    sealedSeq = decoding.readVarUint(decoder);
    state = opened.payload.subarray(decoder.pos);
    Y.decodeUpdate(state);
  } catch {
    throw new OpenError('malformed', 'not a Yjs snapshot');
  }
  if (sealedSeq !== coversSeq)
    throw new OpenError('malformed', `a snapshot of record ${sealedSeq} sent as covering ${coversSeq}`);
  return state;
}
