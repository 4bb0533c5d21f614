import * as Y from 'yjs';
import { fromBase64 } from 'lib0/buffer';
import { toBase64 } from '../storage/base64';

const key = (documentId: string) => `concord:last-seen:${documentId}`;

/** The state of a document when this person last had it open on this computer (null: never). */
export function loadLastSeen(documentId: string): Y.Snapshot | null {
  try {
    const stored = localStorage.getItem(key(documentId));
    return stored ? Y.decodeSnapshot(fromBase64(stored)) : null;
  } catch {
    return null;
  }
}

/** Remembers the document's current state as seen (a snapshot: state vector and delete set). */
export function saveLastSeen(documentId: string, doc: Y.Doc): void {
  try {
    localStorage.setItem(key(documentId), toBase64(Y.encodeSnapshot(Y.snapshot(doc))));
  } catch {
    // Storage full or unavailable: the next opening simply shows no summary.
  }
}
