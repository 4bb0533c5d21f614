import * as Y from 'yjs';

/** The parts of a Yjs type the inspection reads (every shared type has them). */
export interface TypeLike {
  _map: Map<string, Y.Item>;
  _start: Y.Item | null;
  _item: Y.Item | null;
}

/** Which items count as present: the document as it was before a transaction, or as it is after. */
export type View = (item: Y.Item) => boolean;

/** Whether `item` was created by `tr` (its clock is past the state the transaction started from). */
export function addedBy(tr: Y.Transaction, item: Y.Item): boolean {
  return item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0);
}

/** The document before `tr`: items that existed and were not yet deleted (gc is off, so they are all still there). */
export function beforeView(tr: Y.Transaction): View {
  return (item) => !addedBy(tr, item) && (!item.deleted || Y.isDeleted(tr.deleteSet, item.id));
}

/** The document after the transaction. */
export const afterView: View = (item) => !item.deleted;

/** The value of map entry `key` of `type` in `view` (Yjs keeps overwritten entries as a chain to the left). */
export function mapValueIn(type: TypeLike, key: string, view: View, tr: Y.Transaction | null): unknown {
  let item: Y.Item | null = type._map.get(key) ?? null;
  // Before the transaction: skip entries it added, then the newest older one must have been alive.
  if (tr) while (item !== null && addedBy(tr, item)) item = item.left;
  if (item === null || !view(item)) return undefined;
  const content = item.content.getContent();
  return content[content.length - 1];
}

/** The root type an item or type belongs to (the one whose `_item` is null). */
export function rootOf(type: TypeLike): TypeLike {
  let t = type;
  while (t._item !== null) t = t._item.parent as unknown as TypeLike;
  return t;
}

/** JSON with sorted object keys, so equal values give equal strings whoever wrote them. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value instanceof Uint8Array) return `bin:${Array.from(value).join(',')}`;
  const entries = Object.keys(value as Record<string, unknown>)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}
