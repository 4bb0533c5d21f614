import { ID_PATTERN } from '../ids.ts';
import { SYNC_PATH } from './messages.ts';

/** A relay room: a workspace's index, or one document of the workspace. */
export interface RoomAddress {
  workspaceId: string;
  documentId: string | null;
  /** `<workspaceId>` or `<workspaceId>/<documentId>`: the room name y-websocket appends to the URL. */
  room: string;
}

/** The room name of a workspace index (no documentId) or of one of its documents. */
export function roomName(workspaceId: string, documentId?: string | null): string {
  if (!ID_PATTERN.test(workspaceId)) throw new Error(`invalid workspace id: ${workspaceId}`);
  if (documentId == null) return workspaceId;
  if (!ID_PATTERN.test(documentId)) throw new Error(`invalid document id: ${documentId}`);
  return `${workspaceId}/${documentId}`;
}

/**
 * Parses a URL path `/sync/<ws>` or `/sync/<ws>/<doc>` (or, given `prefix`, the same under it, as
 * the sealed rooms' `/sealed/…`); null when it is anything else.
 */
export function parseSyncPath(pathname: string, prefix: string = SYNC_PATH): RoomAddress | null {
  if (!pathname.startsWith(prefix + '/')) return null;
  const parts = pathname.slice(prefix.length + 1).split('/');
  const [workspaceId, documentId, ...rest] = parts;
  if (!workspaceId || !ID_PATTERN.test(workspaceId) || rest.length > 0) return null;
  if (documentId === undefined) return { workspaceId, documentId: null, room: workspaceId };
  if (!ID_PATTERN.test(documentId)) return null;
  return { workspaceId, documentId, room: `${workspaceId}/${documentId}` };
}
