import * as Y from 'yjs';
import { BODY_FIELD } from '../../../shared/schema/extensions.ts';
import { COMMENTER_ROOTS } from '../../../shared/review/schema/fields.ts';
import { baseTextOf } from './baseText.ts';
import { schemaRefusal } from './schemaCheck.ts';
import { addedBy, afterView, beforeView, rootOf } from './views.ts';
import type { TypeLike } from './views.ts';
import type { Refusal } from './refusal.ts';

type AnyType = TypeLike;

/** The top-level body child (an Item of the fragment) that contains `type`, or null for the fragment itself. */
function topLevelItem(type: AnyType, body: AnyType): Y.Item | null {
  let t = type;
  while (t._item !== null) {
    if (t._item.parent === body) return t._item;
    t = t._item.parent as unknown as AnyType;
  }
  return null;
}

/**
 * Compares the body's base text (every suggestion rejected) before and after `tr`, over the run of
 * top-level blocks the transaction touched plus one unchanged neighbour on each side (a suggested
 * split is recognised from the blocks on both sides of the new boundary).
 */
function bodyRefusal(tr: Y.Transaction, body: AnyType, changedTypes: readonly AnyType[]): Refusal {
  const touched = new Set<Y.Item>();
  for (const type of changedTypes) {
    if (!(type instanceof Y.XmlFragment || type instanceof Y.XmlText))
      return 'changes a part of the body the editor never writes';
    if (type === body && [...(tr.changed.get(type as never) ?? [])].some((key) => key !== null))
      return 'changes attributes of the body';
    const top = topLevelItem(type, body);
    if (top) touched.add(top);
  }
  const before = beforeView(tr);
  const was: Y.Item[] = [];
  const now: Y.Item[] = [];
  for (let item = body._start; item !== null; item = item.right) {
    if (before(item)) was.push(item);
    if (afterView(item)) now.push(item);
  }
  let start = 0;
  while (start < was.length && start < now.length && was[start] === now[start] && !touched.has(was[start]!)) start++;
  let endWas = was.length;
  let endNow = now.length;
  while (endWas > start && endNow > start && was[endWas - 1] === now[endNow - 1] && !touched.has(was[endWas - 1]!)) {
    endWas--;
    endNow--;
  }
  if (start === endWas && start === endNow) return null;
  start = Math.max(0, start - 1);
  endWas = Math.min(was.length, endWas + 1);
  endNow = Math.min(now.length, endNow + 1);
  const a = baseTextOf(was.slice(start, endWas), before, tr);
  const b = baseTextOf(now.slice(start, endNow), afterView, null);
  const same = a.length === b.length && a.every((token, i) => token === b[i]);
  return same ? schemaRefusal(now.slice(start, endNow)) : 'changes the text directly, not as a suggestion';
}

/** Whether a deleted map entry was replaced by an entry for the same key that `tr` added (a set, or a concurrent set). */
function replacedBy(tr: Y.Transaction, deleted: Y.Item, parent: AnyType): boolean {
  if (deleted.parentSub === null) return false;
  for (let item = parent._map.get(deleted.parentSub) ?? null; item !== null; item = item.left)
    if (addedBy(tr, item)) return true;
  return false;
}

/**
 * Whether a commenter may make the changes of `tr` (a transaction that applied their update to a
 * private copy of the room's document). Allowed: what COMMENTER_ROOTS (the review model) allows for
 * each root (anything inside `comments`; new entries in `suggestions`; entries set, not removed, in
 * `users` and `people`), and body changes that leave the base text unchanged. Everything else is refused.
 */
export function inspectTransaction(tr: Y.Transaction, doc: Y.Doc): Refusal {
  const names = new Map<AnyType, string>();
  for (const [name, type] of doc.share) names.set(type as unknown as AnyType, name);
  const body = doc.share.get(BODY_FIELD) as unknown as AnyType | undefined;
  const bodyTypes: AnyType[] = [];
  for (const type of tr.changed.keys()) {
    const root = rootOf(type as unknown as AnyType);
    const name = names.get(root);
    if (name !== undefined && COMMENTER_ROOTS.has(name)) continue;
    if (name === BODY_FIELD && root === body) bodyTypes.push(type as unknown as AnyType);
    else return `changes "${(name ?? '?').slice(0, 40)}" (commenters change only comments and suggestions)`;
  }
  let refusal: Refusal = null;
  Y.iterateDeletedStructs(tr, tr.deleteSet, (struct) => {
    if (refusal || !(struct instanceof Y.Item)) return;
    const parent = struct.parent as unknown as AnyType | null;
    const name = parent ? names.get(rootOf(parent)) : undefined;
    const root = name === undefined ? undefined : COMMENTER_ROOTS.get(name);
    if (root?.access === 'add') refusal = `removes or replaces ${root.what}`;
    else if (root?.access === 'set' && !replacedBy(tr, struct, parent!)) refusal = `removes ${root.what} ("${name}")`;
  });
  if (refusal) return refusal;
  return bodyTypes.length > 0 && body ? bodyRefusal(tr, body, bodyTypes) : null;
}
