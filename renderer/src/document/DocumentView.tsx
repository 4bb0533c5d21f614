import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { Route } from '../app/useHashRoute.ts';
import type { Session } from '../app/session.ts';
import type { DocConnection } from '../sync/docConnection.ts';
import { getEntry, INDEX_FIELD } from '../../../shared/model/workspaceIndex.ts';
import { useYValue } from '../hooks/useYValue.ts';
import { DocumentEditor } from './DocumentEditor.tsx';
import { useNotice } from '../app/Notices.tsx';
import { useImageRefusals } from '../images/useImageRefusals.ts';
import { useT } from '../i18n/useT.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';

interface DocumentViewProps {
  id: string;
  /** A position to put the cursor at and scroll to (from coverage or a change summary). */
  at?: number;
  session: Session;
  navigate(route: Route): void;
}

interface Opened {
  doc: Y.Doc;
  connection: DocConnection | null;
}

/** Opens one document from local storage, connects it to the relay if the workspace has one, and shows it. */
export function DocumentView({ id, at, session, navigate }: DocumentViewProps) {
  const { registry, sync } = session;
  const [opened, setOpened] = useState<Opened | null>(null);
  const notify = useNotice();
  const t = useT();
  useImageRefusals(session);
  // The effect opens the document once; a language switch must not reopen it.
  const latestT = useRef(t);
  latestT.current = t;
  // Subscribed: a document that arrives from the relay after the view opened is opened then.
  const workspace = session.workspace.doc;
  const listed = useYValue(workspace.getMap(INDEX_FIELD), () => getEntry(workspace, id) !== null, [id]);
  // A refused change set aside replaces the local copy (WorkspaceSync.recover): open the new one.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const off = registry.onReplaced((replaced) => replaced === id && setGeneration((g) => g + 1));
    return () => void off();
  }, [registry, id]);
  useEffect(() => {
    if (!listed) return;
    let alive = true;
    let connected = false;
    registry.acquire(id).then(
      (doc) => {
        if (!alive) return;
        connected = sync !== null;
        setOpened({ doc, connection: sync ? sync.connect(id) : null });
      },
      (err) => {
        const tr = latestT.current;
        notify({ kind: 'error', text: tr('document.couldNotOpen', { reason: errorText(tr, err) }) });
      },
    );
    return () => {
      alive = false;
      if (connected) sync?.release(id);
      registry.release(id);
    };
  }, [id, registry, sync, listed, notify, generation]);

  if (!listed) {
    return (
      <main className="document-missing">
        <p>{t('document.missing')}</p>
        <button type="button" onClick={() => navigate({ view: 'library' })}>
          {t('common.backToLibrary')}
        </button>
      </main>
    );
  }
  if (!opened) return <p className="loading">{t('document.opening')}</p>;
  return (
    <DocumentEditor
      key={generation}
      id={id}
      at={at}
      doc={opened.doc}
      connection={opened.connection}
      session={session}
      navigate={navigate}
    />
  );
}
