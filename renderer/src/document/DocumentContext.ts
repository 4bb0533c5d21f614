import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { Editor } from '@tiptap/core';
import type { HostApi } from '../../../shared/host/HostApi.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import type { DocumentMeta } from '../../../shared/model/documentMeta.ts';
import type { Session } from '../app/session.ts';
import type { Identity } from '../settings/identity.ts';
import type { Route } from '../app/useHashRoute.ts';
import type { DocConnection } from '../sync/docConnection.ts';
import type { ReviewSession } from '../review/ReviewSession.ts';
import type { DocumentDialog } from './documentDialogs.ts';
import type { ImageInsertion } from '../editor/images/imageInsertion.ts';

/** Everything about the open document that its views share, instead of passing it down as props. */
export interface OpenDocument {
  id: string;
  doc: Y.Doc;
  editor: Editor;
  review: ReviewSession;
  /** The relay connection of the document; null without a relay. */
  connection: DocConnection | null;
  /** The document's metadata, live. */
  meta: DocumentMeta;
  /** Final or submitted: read-only for everyone. */
  locked: boolean;
  /** The member's role, live (the relay's word; `owner` without a relay). Gate controls with `useGate`. */
  role: Role;
  session: Session;
  /** The workspace's Y.Doc (index, roadmap, members, templates). */
  workspace: Y.Doc;
  identity: Identity;
  host: HostApi;
  navigate(route: Route): void;
  /** The open dialog, if any; `openDialog` is ignored while another is open. */
  dialog: DocumentDialog | null;
  openDialog(dialog: DocumentDialog): void;
  closeDialog(): void;
  /** Brings images into the document (file picker, paste, drop). */
  images: ImageInsertion;
}

export const DocumentContext = createContext<OpenDocument | null>(null);

/** The open document, from within its view. */
export function useDocument(): OpenDocument {
  const open = useContext(DocumentContext);
  if (!open) throw new Error('useDocument outside an open document');
  return open;
}
