import * as Y from 'yjs';
import { readMeta, createDocumentDoc } from '../model/documentMeta.ts';
import { COMMENTS_FIELD } from '../review/schema/fields.ts';
import { may } from '../roles/permissions.ts';
import type { Role } from '../protocol/tokenPayload.ts';
import { describeSetAside, mergedCopy, type SetAsideItem } from './setAside.ts';

/** Who is rebuilding: their member id (their comments' author id) and role. */
export interface Rebuilder {
  memberId: string;
  role: Role;
  /** False after a rebuild whose kept comments were refused again: set everything aside. */
  keepComments: boolean;
}

/** A rebuilt document: the relay's state plus what was kept, and what was set aside. */
export interface Rebuilt {
  /** The new document's whole state, to replace the local copy with. */
  state: Uint8Array;
  items: SetAsideItem[];
}

const plain = (map: Y.Map<unknown>) => {
  const out: [string, unknown][] = [];
  map.forEach((value, key) => {
    if (!(value instanceof Y.AbstractType)) out.push([key, value]);
  });
  return out;
};

/** A copy of a message (its plain fields) for another document. */
function copyMessage(message: Y.Map<unknown>): Y.Map<unknown> {
  return new Y.Map<unknown>(plain(message));
}

/**
 * Copies into `fresh` the comment work `memberId` has in `merged` that `fresh` (the relay's state)
 * lacks: their new threads, their replies, the edits of their own messages, and the resolution of
 * any thread. Returns the `thread/message` keys copied. Nothing of anyone else's is written.
 */
function keepOwnComments(merged: Y.Doc, fresh: Y.Doc, memberId: string): Set<string> {
  const kept = new Set<string>();
  const theirs = fresh.getMap<unknown>(COMMENTS_FIELD);
  merged.getMap<unknown>(COMMENTS_FIELD).forEach((thread, id) => {
    if (!(thread instanceof Y.Map)) return;
    const list = thread.get('messages');
    const messages =
      list instanceof Y.Array ? (list.toArray().filter((m) => m instanceof Y.Map) as Y.Map<unknown>[]) : [];
    const existing = theirs.get(id);
    if (!(existing instanceof Y.Map)) {
      if (thread.get('authorId') !== memberId || messages.some((m) => m.get('authorId') !== memberId)) return;
      const copy = new Y.Map<unknown>(plain(thread));
      copy.set('messages', Y.Array.from(messages.map(copyMessage)));
      theirs.set(id, copy);
      messages.forEach((m) => kept.add(`${id}/${String(m.get('id'))}`));
      return;
    }
    const target = existing.get('messages');
    if (!(target instanceof Y.Array)) return;
    const byId = new Map((target.toArray() as Y.Map<unknown>[]).map((m) => [m.get('id'), m] as const));
    for (const message of messages) {
      if (message.get('authorId') !== memberId) continue;
      const there = byId.get(message.get('id'));
      if (!there) target.push([copyMessage(message)]);
      else if (there.get('text') !== message.get('text') || there.get('deleted') !== message.get('deleted'))
        for (const key of ['text', 'mentions', 'editedAt', 'deleted']) there.set(key, message.get(key));
      else continue;
      kept.add(`${id}/${String(message.get('id'))}`);
    }
    if (existing.get('resolved') !== thread.get('resolved'))
      for (const key of ['resolved', 'resolvedBy', 'resolvedAt']) existing.set(key, thread.get(key));
  });
  return kept;
}

/**
 * Rebuilds a document the relay refused a change to: the relay's state (`relayState`), plus, when
 * the member may comment there, the comments they wrote since (written anew, so they no longer
 * depend on the refused change); everything else `local` has that the relay lacks is set aside.
 */
export function rebuildFromRelay(local: Y.Doc, relayState: Uint8Array, who: Rebuilder): Rebuilt {
  const relay = new Y.Doc({ gc: false });
  Y.applyUpdate(relay, relayState);
  const fresh = createDocumentDoc();
  Y.applyUpdate(fresh, relayState);
  let kept = new Set<string>();
  if (who.keepComments && may(who.role, 'comment', readMeta(relay).status)) {
    const merged = mergedCopy(local, relay);
    fresh.transact(() => (kept = keepOwnComments(merged, fresh, who.memberId)));
    merged.destroy();
  }
  const items = describeSetAside(local, relay, kept);
  const state = Y.encodeStateAsUpdate(fresh);
  relay.destroy();
  fresh.destroy();
  return { state, items };
}
