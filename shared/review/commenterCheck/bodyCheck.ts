import * as Y from 'yjs';
import type { Refusal } from '../../protocol/refusal.ts';
import { baseTextOf } from './baseText.ts';
import { schemaRefusal } from './schemaCheck.ts';
import { afterView, beforeView } from './views.ts';
import type { TypeLike } from './views.ts';

/** The top-level body child (an Item of the fragment) that contains `type`, or null for the fragment itself. */
function topLevelItem(type: TypeLike, body: TypeLike): Y.Item | null {
  let t = type;
  while (t._item !== null) {
    if (t._item.parent === body) return t._item;
    t = t._item.parent as unknown as TypeLike;
  }
  return null;
}

const DIRECT: Refusal = { kind: 'edit-text', detail: 'changes the text directly, not as a suggestion' };

/**
 * Compares the body's base text (every suggestion rejected) before and after `tr`, over the run of
 * top-level blocks the transaction touched plus one unchanged neighbour on each side (a suggested
 * split is recognised from the blocks on both sides of the new boundary). Null when it only adds or
 * withdraws suggestions (and the result is readable); `edit-text` otherwise.
 */
export function bodyRefusal(tr: Y.Transaction, body: TypeLike, changedTypes: readonly TypeLike[]): Refusal | null {
  const touched = new Set<Y.Item>();
  for (const type of changedTypes) {
    if (!(type instanceof Y.XmlFragment || type instanceof Y.XmlText))
      return { kind: 'invalid', detail: 'changes a part of the body the editor never writes' };
    if (type === body && [...(tr.changed.get(type as never) ?? [])].some((key) => key !== null))
      return { kind: 'edit-text', detail: 'changes attributes of the body' };
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
  if (!same) return DIRECT;
  const unreadable = schemaRefusal(now.slice(start, endNow));
  return unreadable === null ? null : { kind: 'invalid', detail: unreadable };
}
