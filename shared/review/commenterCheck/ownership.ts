import * as Y from 'yjs';
import type { Refusal } from '../../protocol/refusal.ts';
import type { Ownership } from '../schema/fields.ts';
import { addedBy, beforeView, mapValueIn } from './views.ts';
import type { TypeLike } from './views.ts';

// Finding 7 of issue 12: a commenter's writes are bound to the member id of their token. They may
// open threads and write messages as themselves, change their own, resolve or reopen any thread,
// add suggestion details naming themselves and set their own attribution; nothing of anyone else's.

/** Fields of a thread anyone who may comment may set on any thread. */
const RESOLVE_KEYS: ReadonlySet<string> = new Set(['resolved', 'resolvedBy', 'resolvedAt']);

const others = (what: string): Refusal => ({ kind: 'others', detail: `changes ${what} of another member` });

/** The types from a root down to `type`, root first. */
function chain(type: TypeLike): TypeLike[] {
  const out = [type];
  for (let t = type; t._item !== null;) {
    t = t._item.parent as unknown as TypeLike;
    out.unshift(t);
  }
  return out;
}

/** The entry key under which `path[1]` hangs from its root. */
const keyBelowRoot = (path: readonly TypeLike[]): string | null => path[1]?._item?.parentSub ?? null;

/** Who wrote a thread or message, now or before `tr`. */
function authorOf(map: TypeLike, tr: Y.Transaction, before: boolean): unknown {
  return before
    ? mapValueIn(map, 'authorId', beforeView(tr), tr)
    : mapValueIn(map, 'authorId', (i) => !i.deleted, null);
}

/** A thread (or message) written by `member` before and after `tr`. */
function owned(map: TypeLike, tr: Y.Transaction, member: string): boolean {
  return authorOf(map, tr, true) === member && authorOf(map, tr, false) === member;
}

/** A thread (or message) that `member` had written (deleting a type deletes its entries too). */
const ownedBefore = (map: TypeLike, tr: Y.Transaction, member: string) => authorOf(map, tr, true) === member;

/** A new thread: it and every message in it name `member` as author. */
function newThreadOwned(value: unknown, member: string): boolean {
  if (!(value instanceof Y.Map) || value.get('authorId') !== member) return false;
  const messages: unknown = value.get('messages');
  if (messages === undefined) return true;
  return (
    messages instanceof Y.Array && messages.toArray().every((m) => m instanceof Y.Map && m.get('authorId') === member)
  );
}

/** A change inside `comments` (a root, a thread, its messages, a message), judged by whose it is. */
function threadChange(tr: Y.Transaction, path: TypeLike[], keys: Set<string | null>, member: string): Refusal | null {
  const [root, thread, list, message] = path as [TypeLike, TypeLike?, TypeLike?, TypeLike?];
  if (!thread) {
    for (const key of keys) {
      const value = key === null ? undefined : (root as unknown as Y.Map<unknown>).get?.(key);
      if (value !== undefined && !newThreadOwned(value, member)) return others('a comment thread');
    }
    return null;
  }
  if (!list)
    return [...keys].every((k) => k !== null && RESOLVE_KEYS.has(k)) || owned(thread, tr, member)
      ? null
      : others('a comment thread');
  if (list._item?.parentSub !== 'messages') return owned(thread, tr, member) ? null : others('a comment thread');
  if (message) return owned(message, tr, member) ? null : others('a comment');
  for (let item = list._start; item !== null; item = item.right) {
    if (item.deleted || !addedBy(tr, item)) continue;
    const added = item.content instanceof Y.ContentType ? item.content.type : null;
    if (!(added instanceof Y.Map) || added.get('authorId') !== member) return others('a comment');
  }
  return null;
}

/** Whether the `tr` changes to `type` (with `keys` changed) respect `own` for `member`. */
export function changeRefusal(
  tr: Y.Transaction,
  type: TypeLike,
  keys: Set<string | null>,
  own: Ownership,
  member: string,
): Refusal | null {
  const path = chain(type);
  switch (own) {
    case 'any':
      return null;
    case 'own-key':
      if (path.length > 1) return keyBelowRoot(path) === member ? null : others('attribution');
      return [...keys].every((k) => k === member) ? null : others('attribution');
    case 'new-own': {
      if (path.length > 1) return { kind: 'invalid', detail: 'nests types in suggestion details' };
      const map = type as unknown as Y.Map<unknown>;
      for (const key of keys) {
        const value = key === null ? undefined : map.get?.(key);
        if (value !== undefined && (value as { authorId?: unknown } | null)?.authorId !== member)
          return others('suggestion details');
      }
      return null;
    }
    case 'threads':
      return threadChange(tr, path, keys, member);
  }
}

/** Whether removing (or replacing) the deleted `item`, which existed before `tr`, respects `own` for `member`. */
export function deletionRefusal(
  tr: Y.Transaction,
  item: Y.Item,
  own: Ownership,
  member: string,
  replaced: boolean,
): Refusal | null {
  const parent = item.parent as unknown as TypeLike;
  const path = chain(parent);
  switch (own) {
    case 'any':
      return null;
    case 'new-own':
      return { kind: 'others', detail: 'removes or replaces suggestion details' };
    case 'own-key': {
      const key = path.length > 1 ? keyBelowRoot(path) : item.parentSub;
      if (key !== member) return others('attribution');
      return path.length > 1 || replaced ? null : { kind: 'others', detail: 'removes attribution data' };
    }
    case 'threads': {
      const removed = item.content instanceof Y.ContentType ? (item.content.type as unknown as TypeLike) : null;
      const [, thread, list, message] = path as [TypeLike, TypeLike?, TypeLike?, TypeLike?];
      if (!thread) return removed && ownedBefore(removed, tr, member) ? null : others('a comment thread');
      if (!list)
        return RESOLVE_KEYS.has(item.parentSub ?? '') || ownedBefore(thread, tr, member)
          ? null
          : others('a comment thread');
      if (list._item?.parentSub !== 'messages')
        return ownedBefore(thread, tr, member) ? null : others('a comment thread');
      const target = message ?? removed;
      return target && ownedBefore(target, tr, member) ? null : others('a comment');
    }
  }
}
