import * as Y from 'yjs';

/** A map entry as plain data, whether it was stored as a Y.Map/Y.Array or as a plain value. */
export function plainValue(value: unknown): unknown {
  return value instanceof Y.AbstractType ? (value as Y.AbstractType<unknown>).toJSON() : value;
}

/** The entries of root map `name` as plain data (empty when the document has none). */
export function plainEntries(doc: Y.Doc, name: string): Array<[string, unknown]> {
  if (!doc.share.has(name)) return [];
  return [...doc.getMap<unknown>(name).entries()].map(([key, value]) => [key, plainValue(value)]);
}
