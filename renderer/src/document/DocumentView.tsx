import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { Library } from '../library/Library.ts';
import type { Route } from '../app/useHashRoute.ts';
import { getEntry } from '../../../shared/model/workspaceIndex.ts';
import { DocumentEditor } from './DocumentEditor.tsx';
import { errorText, useNotice } from '../app/Notices.tsx';

interface DocumentViewProps {
  id: string;
  library: Library;
  navigate(route: Route): void;
  onSave(): void;
}

/** Opens one document from local storage and shows it in the editor. */
export function DocumentView({ id, library, navigate, onSave }: DocumentViewProps) {
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const notify = useNotice();
  const listed = getEntry(library.workspace.doc, id) !== null;
  useEffect(() => {
    if (!listed) return;
    let alive = true;
    library.registry.acquire(id).then(
      (d) => alive && setDoc(d),
      (err) => notify({ kind: 'error', text: `Could not open the document: ${errorText(err)}` }),
    );
    return () => {
      alive = false;
      library.registry.release(id);
    };
  }, [id, library, listed, notify]);

  if (!listed) {
    return (
      <main className="document-missing">
        <p>This document is not in your library. It may have been deleted for good.</p>
        <button type="button" onClick={() => navigate({ view: 'library' })}>
          Back to library
        </button>
      </main>
    );
  }
  if (!doc) return <p className="loading">Opening document…</p>;
  return <DocumentEditor id={id} doc={doc} library={library} navigate={navigate} onSave={onSave} />;
}
