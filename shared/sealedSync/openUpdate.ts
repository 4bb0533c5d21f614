import * as Y from 'yjs';
import type { KeyRing } from '../sealed/epochKeys.ts';
import { OpenError } from '../sealed/openError.ts';
import { openRecord } from '../sealed/sealedRecord.ts';

/** An update record of the log, opened and decoded completely. */
export type OpenedUpdate = ReturnType<typeof openRecord>;

/**
 * Opens a record of a room's update log and checks it holds a complete Yjs update before anything
 * is applied; an OpenError says why not (tampered, unknown epoch, another kind, not an update).
 */
export function openUpdate(ring: KeyRing, room: string, record: Uint8Array): OpenedUpdate {
  const opened = openRecord(ring, room, record);
  if (opened.kind !== 'update') throw new OpenError('malformed', `a ${opened.kind} record in the update log`);
  try {
    Y.decodeUpdate(opened.payload);
  } catch {
    throw new OpenError('malformed', 'not a Yjs update');
  }
  return opened;
}
