import type { ReactNode } from 'react';
import { isLocked, readMeta } from '../../../shared/model/documentMeta.ts';
import type { Session } from '../app/session.ts';
import { createWebHost } from '../host/webHost.ts';
import { DocumentContext, type OpenDocument } from '../document/DocumentContext.ts';
import type { openEditor } from './editorFixture.ts';
import { ImageInsertion } from '../editor/images/imageInsertion.ts';
import { DEFAULT_IMAGE_LIMITS } from '../../../shared/images/imageLimits.ts';

/** The open-document context for a test editor in a test session, as DocumentEditor provides it. */
export function documentContextFor(
  opened: ReturnType<typeof openEditor>,
  session: Session,
  id = 'test-doc',
): OpenDocument {
  const meta = readMeta(opened.review.doc);
  const images = new ImageInsertion({
    blobs: session.blobs,
    limits: async () => DEFAULT_IMAGE_LIMITS,
    t: (messageId) => messageId,
    notify: () => undefined,
    describe: () => undefined,
    download: async () => ({ ok: false, tooLarge: null }),
  });
  images.attach(opened.editor);
  return {
    id,
    doc: opened.review.doc,
    editor: opened.editor,
    review: opened.review,
    connection: null,
    meta,
    locked: isLocked(meta.status),
    role: opened.review.role,
    session,
    workspace: session.workspace.doc,
    identity: session.identity.current,
    host: createWebHost(),
    navigate: () => undefined,
    dialog: null,
    openDialog: () => undefined,
    closeDialog: () => undefined,
    images,
  };
}

/** Renders `children` inside that context. */
export function InDocument({ value, children }: { value: OpenDocument; children: ReactNode }) {
  return <DocumentContext.Provider value={value}>{children}</DocumentContext.Provider>;
}
