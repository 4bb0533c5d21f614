import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { MESSAGE_STORAGE } from './messages.ts';

// MESSAGE_STORAGE payload: one varUint, SAVING or CANNOT_SAVE. The relay sends CANNOT_SAVE to
// Concord clients (ack=1) when its store starts failing (disk full, read-only folder, database
// unreachable) and on connecting while it fails, and SAVING once writes succeed again. Meanwhile it
// still forwards edits but acknowledges none, so the app keeps them and says why they wait.

const SAVING = 0;
const CANNOT_SAVE = 1;

/** A complete MESSAGE_STORAGE frame: whether the relay can store changes right now. */
export function encodeStorageMessage(canSave: boolean): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_STORAGE);
  encoding.writeVarUint(encoder, canSave ? SAVING : CANNOT_SAVE);
  return encoding.toUint8Array(encoder);
}

/** Reads a MESSAGE_STORAGE payload (the decoder just after the type): true when the relay can save; null for a value this app does not know. */
export function readStoragePayload(decoder: decoding.Decoder): boolean | null {
  const value = decoding.readVarUint(decoder);
  if (value === SAVING) return true;
  if (value === CANNOT_SAVE) return false;
  return null;
}
