import { z } from 'zod';
import type { SetAsideItem } from '../../../../shared/recovery/setAside.ts';
import type { RefusalKind } from '../../../../shared/protocol/refusal.ts';
import { ACTIONS } from '../../../../shared/roles/actions.ts';

/** One refusal's set-aside changes, as kept on this computer until the person dismisses them. */
export interface SetAsideRecord {
  /** ISO time it was set aside. */
  at: string;
  /** What the role rule did not grant (null: a decline, or an older relay's refusal). */
  kind: RefusalKind | null;
  items: SetAsideItem[];
}

const itemSchema = z.union([
  z.object({ kind: z.literal('title'), text: z.string() }),
  z.object({ kind: z.literal('setting'), name: z.string(), value: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('removed'), text: z.string() }),
  z.object({ kind: z.literal('comment'), text: z.string(), kept: z.boolean() }),
  z.object({ kind: z.literal('other'), name: z.string() }),
]);
// A kind this app does not know (kept by a newer one) reads as none: the panel gives the general reason.
const kindSchema = z
  .union([z.enum(ACTIONS), z.enum(['others', 'invalid'])])
  .nullable()
  .catch(null);
const recordSchema = z.object({ at: z.string(), kind: kindSchema, items: z.array(itemSchema) });

/** Refusals kept per document (the oldest are dropped). */
const MAX_RECORDS = 10;
const key = (documentId: string) => `concord.setAside.${documentId}`;
const changed = new EventTarget();

/** The changes set aside for a document, newest first. */
export function loadSetAside(documentId: string): SetAsideRecord[] {
  try {
    const parsed = z.array(recordSchema).safeParse(JSON.parse(localStorage.getItem(key(documentId)) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Keeps a refusal's set-aside changes (shown in the document until dismissed). */
export function saveSetAside(documentId: string, record: SetAsideRecord): void {
  const records = [record, ...loadSetAside(documentId)].slice(0, MAX_RECORDS);
  try {
    localStorage.setItem(key(documentId), JSON.stringify(records));
  } catch {
    // Storage full: keep the newest only.
    localStorage.setItem(key(documentId), JSON.stringify([record]));
  }
  changed.dispatchEvent(new Event(documentId));
}

/** Forgets a document's set-aside changes (the person dismissed them). */
export function dismissSetAside(documentId: string): void {
  localStorage.removeItem(key(documentId));
  changed.dispatchEvent(new Event(documentId));
}

/** Calls `listener` when the set-aside changes of `documentId` change; returns the unsubscribe. */
export function onSetAsideChange(documentId: string, listener: () => void): () => void {
  changed.addEventListener(documentId, listener);
  return () => changed.removeEventListener(documentId, listener);
}
