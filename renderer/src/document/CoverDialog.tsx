import { useState } from 'react';
import type * as Y from 'yjs';
import { Dialog } from '../ui/Dialog.tsx';
import { useT } from '../i18n/useT.ts';
import { writeMeta, type DocumentMeta } from '../../../shared/model/documentMeta.ts';
import { rememberCoverDefaults } from '../../../shared/model/coverDefaults.ts';
import { COVER_LIMITS, readCover, writeCover, type DocumentCover } from '../../../shared/model/documentCover.ts';

interface CoverDialogProps {
  doc: Y.Doc;
  /** The workspace, which remembers the coalition's name and contact for its next documents. */
  workspace: Y.Doc;
  meta: DocumentMeta;
  /** Why this member may not change the cover (their role, a final document); undefined: they may. */
  readOnlyReason: string | undefined;
  onClose(): void;
}

/**
 * Edits what the document's cover shows besides its title: subtitle, coalition, date, contact, purpose.
 * The coalition's name and contact are remembered for the workspace's next documents.
 */
export function CoverDialog({ doc, workspace, meta, readOnlyReason, onClose }: CoverDialogProps) {
  const t = useT();
  const [subtitle, setSubtitle] = useState(meta.subtitle);
  const [cover, setCover] = useState<DocumentCover>(() => readCover(doc));
  const readOnly = readOnlyReason !== undefined;
  const field = (key: keyof DocumentCover) => ({
    dir: 'auto',
    lang: meta.language,
    readOnly,
    maxLength: COVER_LIMITS[key],
    value: cover[key],
    onChange: (e: { target: { value: string } }) => setCover((c) => ({ ...c, [key]: e.target.value })),
  });
  return (
    <Dialog
      title={t('cover.title')}
      onClose={onClose}
      onSubmit={() => {
        if (!readOnly) {
          doc.transact(() => {
            writeMeta(doc, { subtitle: subtitle.trim().slice(0, 500) });
            writeCover(doc, cover);
          });
          rememberCoverDefaults(workspace, cover);
        }
        onClose();
      }}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {!readOnly && (
            <button type="submit" className="primary">
              {t('common.save')}
            </button>
          )}
        </>
      }
    >
      {readOnly && <p className="field-hint">{readOnlyReason}</p>}
      <label className="field">
        <span>{t('cover.subtitle')}</span>
        <input
          autoFocus
          dir="auto"
          lang={meta.language}
          readOnly={readOnly}
          maxLength={500}
          value={subtitle}
          onChange={(e) => setSubtitle(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('cover.coalition')}</span>
        <input {...field('coalition')} />
      </label>
      <label className="field">
        <span>{t('cover.purpose')}</span>
        <textarea rows={3} {...field('purpose')} />
      </label>
      <label className="field">
        <span>{t('cover.date')}</span>
        <input {...field('date')} />
      </label>
      <label className="field">
        <span>{t('cover.contact')}</span>
        <input {...field('contact')} />
      </label>
      <p className="field-hint">{t('cover.hint')}</p>
    </Dialog>
  );
}
