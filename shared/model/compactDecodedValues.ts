import * as Y from 'yjs';

/**
 * Keeps the values a Y.Doc decodes from updates (map entries and XML attributes: Yjs's ContentAny)
 * in arrays of their own length.
 *
 * Yjs 13 reads them by pushing onto an empty array (`readContentAny`, and lib0's `readAny` for a
 * value that is itself an array), and V8 gives an array grown by push room for 17 entries: 152
 * bytes for one value. With history kept (gc off, as documents here are), every value ever
 * replaced stays: in the relay's load benchmark, 49,000 such arrays were 7 MiB of a 36 MiB heap;
 * a 400-page report's Y.Doc (applied in Node) held 10,000 of them, 1.1 MiB of its 22 MiB. Values
 * made here (`map.set`) already have exact arrays.
 *
 * After each transaction that applied an update (not a local one), the values of the items it
 * added are copied into exact arrays: work proportional to the update. Returns the function that
 * stops it.
 */
export function compactDecodedValues(doc: Y.Doc): () => void {
  const onCleanup = (tr: Y.Transaction) => {
    if (tr.local) return;
    tr.afterState.forEach((clock, client) => {
      const before = tr.beforeState.get(client) ?? 0;
      if (clock === before) return;
      const structs = doc.store.clients.get(client);
      if (!structs) return;
      // Yjs has merged what it could by now: the first struct may hold older values with the new.
      // This runs inside Yjs's applyUpdate: whatever it meets, it only saves memory and must never
      // make an update fail, so a store it cannot read is left as it is.
      let i: number;
      try {
        i = Y.findIndexSS(structs, before);
      } catch {
        return;
      }
      for (; i < structs.length; i++) {
        const struct = structs[i];
        if (struct instanceof Y.Item && struct.content instanceof Y.ContentAny)
          struct.content.arr = struct.content.arr.map(exact);
      }
    });
  };
  doc.on('afterTransactionCleanup', onCleanup);
  return () => doc.off('afterTransactionCleanup', onCleanup);
}

/**
 * The value with its arrays, and the arrays in them, copied to arrays of their own length (`map`
 * allocates exactly). Objects are left as they are: the editor may already hold them (observers ran
 * before this), and nothing here changes a value anyone holds.
 */
function exact(value: unknown): unknown {
  return Array.isArray(value) ? value.map(exact) : value;
}
