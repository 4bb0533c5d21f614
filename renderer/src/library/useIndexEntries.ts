import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { INDEX_FIELD, listEntries, type IndexEntry } from '../../../shared/model/workspaceIndex.ts';

/** The workspace's library (or trash) entries, re-read whenever the index changes, locally or remotely. */
export function useIndexEntries(workspace: Y.Doc, which: 'library' | 'trash'): IndexEntry[] {
  const [entries, setEntries] = useState(() => listEntries(workspace, which));
  useEffect(() => {
    const map = workspace.getMap(INDEX_FIELD);
    const update = () => setEntries(listEntries(workspace, which));
    update();
    map.observeDeep(update);
    return () => map.unobserveDeep(update);
  }, [workspace, which]);
  return entries;
}
