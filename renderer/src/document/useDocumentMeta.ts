import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { META_FIELD, readMeta, type DocumentMeta } from '../../../shared/model/documentMeta.ts';

/** A document's metadata, re-read whenever it changes (locally or from a collaborator). */
export function useDocumentMeta(doc: Y.Doc): DocumentMeta {
  const [meta, setMeta] = useState(() => readMeta(doc));
  useEffect(() => {
    const map = doc.getMap(META_FIELD);
    const update = () => setMeta(readMeta(doc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [doc]);
  return meta;
}
