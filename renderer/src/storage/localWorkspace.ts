import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { ID_PATTERN, newId } from '../../../shared/ids.ts';

const CURRENT_KEY = 'concord.workspaceId';

/** One coalition's space on this machine: the Y.Doc holding its document index, persisted in IndexedDB. */
export interface LocalWorkspace {
  id: string;
  doc: Y.Doc;
  /** Resolves once what IndexedDB held has been loaded into `doc`. */
  ready: Promise<void>;
  destroy(): void;
}

/** The workspace this browser profile or desktop install works in, created on first run. */
export function currentWorkspaceId(): string {
  let id = localStorage.getItem(CURRENT_KEY);
  if (!id || !ID_PATTERN.test(id)) {
    id = newId();
    localStorage.setItem(CURRENT_KEY, id);
  }
  return id;
}

/** Makes `id` the workspace the app opens (joining a coalition's relay switches to its workspace). */
export function switchWorkspace(id: string): void {
  if (!ID_PATTERN.test(id)) throw new Error(`invalid workspace id: ${id}`);
  localStorage.setItem(CURRENT_KEY, id);
}

/** IndexedDB database name of a workspace's index. */
export const workspaceDbName = (id: string) => `concord-workspace-${id}`;

/** Opens a workspace's local copy. */
export function openLocalWorkspace(id: string): LocalWorkspace {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(workspaceDbName(id), doc);
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
