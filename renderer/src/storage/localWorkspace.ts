import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { newId } from '../../../shared/ids.ts';

const WORKSPACE_KEY = 'concord.workspaceId';

/** One coalition's space on this machine: the Y.Doc holding its document index, persisted in IndexedDB. */
export interface LocalWorkspace {
  id: string;
  doc: Y.Doc;
  /** Resolves once what IndexedDB held has been loaded into `doc`. */
  ready: Promise<void>;
  destroy(): void;
}

/** Opens (creating on first run) the workspace this browser profile or desktop install works in. */
export function openLocalWorkspace(): LocalWorkspace {
  let id = localStorage.getItem(WORKSPACE_KEY);
  if (!id) {
    id = newId();
    localStorage.setItem(WORKSPACE_KEY, id);
  }
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(`concord-workspace-${id}`, doc);
  return {
    id,
    doc,
    ready: persistence.whenSynced.then(() => undefined),
    destroy: () => {
      void persistence.destroy();
      doc.destroy();
    },
  };
}
