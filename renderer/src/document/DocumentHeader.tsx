import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { PresenceList } from '../sync/PresenceList.tsx';
import { ReviewStatus } from '../review/ReviewStatus.tsx';
import { useSaveFile } from '../app/fileCommands.ts';
import { useGate } from '../roles/useGate.ts';
import { useDocument } from './DocumentContext.ts';

/** The open document's header: back to the library, its title, who is here, status, and file actions. */
export function DocumentHeader() {
  const { id, doc, meta, role, connection, session, navigate, openDialog } = useDocument();
  const saveFile = useSaveFile(session.library);
  // The same rule the relay applies: a control the relay would refuse is not offered, and says why.
  const gate = useGate(role);
  const title = gate('edit-title', meta.status);
  const settings = gate('edit-settings', meta.status);
  return (
    <header className="document-header">
      <button type="button" onClick={() => navigate({ view: 'library' })}>
        ← Library
      </button>
      <label className="title-field" title={title.reason}>
        <span className="visually-hidden">Document title</span>
        <input
          value={meta.title}
          readOnly={!title.allowed}
          onChange={(e) => title.allowed && writeMeta(doc, { title: e.target.value })}
        />
      </label>
      <div className="actions">
        {connection && <PresenceList connection={connection} />}
        <ReviewStatus />
        <label className="toggle" title={settings.reason}>
          <input
            type="checkbox"
            checked={meta.paragraphNumbering}
            disabled={!settings.allowed}
            onChange={(e) => settings.allowed && writeMeta(doc, { paragraphNumbering: e.target.checked })}
          />
          Numbered paragraphs
        </label>
        <button type="button" onClick={() => void saveFile(id)}>
          Save as file…
        </button>
        <button type="button" onClick={() => openDialog({ kind: 'template' })}>
          Save as template…
        </button>
        <button type="button" onClick={() => openDialog({ kind: 'export' })}>
          Export…
        </button>
      </div>
    </header>
  );
}
