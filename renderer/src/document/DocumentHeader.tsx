import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { PresenceList } from '../sync/PresenceList.tsx';
import { ReviewStatus } from '../review/ReviewStatus.tsx';
import { useSaveFile } from '../app/fileCommands.ts';
import { useGate } from '../roles/useGate.ts';
import { useDocument } from './DocumentContext.ts';
import { DocumentLanguagePicker } from './DocumentLanguagePicker.tsx';
import { ProfileButton } from '../settings/ProfileButton.tsx';
import { useT } from '../i18n/useT.ts';

/** The open document's header: back to the library, its title, who is here, status, and file actions. */
export function DocumentHeader() {
  const { id, doc, meta, role, connection, session, navigate, openDialog } = useDocument();
  const saveFile = useSaveFile(session);
  // A private document's file is encrypted unless the person chooses otherwise, in a dialog.
  const isPrivate = Boolean(session.sync?.ring) || session.keysMissing;
  // The same rule the relay applies: a control the relay would refuse is not offered, and says why.
  const gate = useGate(role);
  const title = gate('edit-title', meta.status);
  const settings = gate('edit-settings', meta.status);
  const library = gate('edit-library');
  const t = useT();
  return (
    <header className="document-header">
      <button type="button" onClick={() => navigate({ view: 'library' })}>
        {t('document.backToLibrary')}
      </button>
      <label className="title-field" title={title.reason}>
        <span className="visually-hidden">{t('library.documentTitle')}</span>
        <input
          value={meta.title}
          lang={meta.language}
          dir="auto"
          readOnly={!title.allowed}
          onChange={(e) => title.allowed && writeMeta(doc, { title: e.target.value })}
        />
      </label>
      <div className="actions">
        {connection && <PresenceList connection={connection} />}
        <ReviewStatus />
        <DocumentLanguagePicker />
        <ProfileButton identities={session.identity} />
        <label className="toggle" title={settings.reason}>
          <input
            type="checkbox"
            checked={meta.paragraphNumbering}
            disabled={!settings.allowed}
            onChange={(e) => settings.allowed && writeMeta(doc, { paragraphNumbering: e.target.checked })}
          />
          {t('document.numberedParagraphs')}
        </label>
        <button type="button" onClick={() => (isPrivate ? openDialog({ kind: 'saveFile' }) : void saveFile(id))}>
          {t('document.saveAsFile')}
        </button>
        <button
          type="button"
          disabled={!library.allowed}
          title={library.reason}
          onClick={() => openDialog({ kind: 'template' })}
        >
          {t('document.saveAsTemplate')}
        </button>
        <button type="button" onClick={() => openDialog({ kind: 'cover' })}>
          {t('document.cover')}
        </button>
        <button type="button" onClick={() => openDialog({ kind: 'export' })}>
          {t('document.export')}
        </button>
      </div>
    </header>
  );
}
