import type * as Y from 'yjs';
import { INDEX_FIELD, listEntries, type IndexEntry } from '../../../shared/model/workspaceIndex.ts';
import { useYValue } from '../hooks/useYValue.ts';

/** The workspace's library (or trash) entries, re-read whenever the index changes, locally or remotely. */
export function useIndexEntries(workspace: Y.Doc, which: 'library' | 'trash'): IndexEntry[] {
  return useYValue(workspace.getMap(INDEX_FIELD), () => listEntries(workspace, which), [which]);
}
