import type * as Y from 'yjs';
import { META_FIELD, readMeta, type DocumentMeta } from '../../../shared/model/documentMeta.ts';
import { useYValue } from '../hooks/useYValue.ts';

/** A document's metadata, re-read whenever it changes (locally or from a collaborator). */
export function useDocumentMeta(doc: Y.Doc): DocumentMeta {
  return useYValue(doc.getMap(META_FIELD), () => readMeta(doc));
}
