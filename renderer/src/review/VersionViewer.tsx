import { useMemo } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { JSONContent } from '@tiptap/core';
import { Dialog } from '../ui/Dialog.tsx';
import { documentExtensions } from '../../../shared/schema/extensions.ts';
import { ReviewChangeMark, comparisonSchema } from '../../../shared/review/changeMark.ts';
import { compareSnapshots, type TextChange } from '../../../shared/review/compare.ts';
import { readPeople } from '../../../shared/review/people.ts';
import { versionBody, versionSnapshot, type Version } from '../../../shared/review/versions.ts';
import { useDocument } from '../document/DocumentContext.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';

interface VersionViewerProps {
  version: Version;
  mode: 'open' | 'compare';
  onRestore: (() => void) | null;
  onClose(): void;
}

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** A read-only view of a version, or of the differences between it and the current text. */
export function VersionViewer({ version, mode, onRestore, onClose }: VersionViewerProps) {
  const { review } = useDocument();
  const t = useT();
  const format = useFormat();
  const view = useMemo((): { content: JSONContent; changes: TextChange[] | null } => {
    if (mode === 'open') return { content: versionBody(review.doc, version).toJSON() as JSONContent, changes: null };
    const people = readPeople(review.doc);
    return compareSnapshots(review.doc, versionSnapshot(version), {
      pud: review.pud,
      schema: comparisonSchema(),
      people,
    });
  }, [review, version, mode]);
  const people = useMemo(() => readPeople(review.doc), [review]);
  const editor = useEditor(
    {
      extensions: [...documentExtensions(), ReviewChangeMark],
      content: view.content,
      editable: false,
      editorProps: {
        attributes: {
          'aria-label': mode === 'open' ? t('versions.text') : t('versions.differences'),
          role: 'document',
          dir: 'auto',
        },
      },
    },
    [view],
  );
  const who = (id: string | null) => (id && people.get(id)?.name) || t('review.someone');
  const title =
    mode === 'open'
      ? t('versions.viewTitle', { name: version.name })
      : t('versions.compareTitle', { name: version.name });
  return (
    <Dialog
      title={title}
      onClose={onClose}
      actions={
        <>
          {onRestore && (
            <button type="button" onClick={onRestore}>
              {t('versions.restoreThis')}
            </button>
          )}
          <button type="button" className="primary" onClick={onClose}>
            {t('common.close')}
          </button>
        </>
      }
    >
      <p className="muted">
        {t('versions.savedBy', { date: format.dateTime(version.createdAt), name: version.authorName, mode })}
      </p>
      {view.changes && (
        <ul className="change-list" aria-label={t('versions.changes')}>
          {view.changes.length === 0 && <li>{t('versions.noChanges')}</li>}
          {view.changes.map((c, i) => (
            <li key={i} className={c.kind}>
              {t('changes.item', { name: who(c.authorId), kind: c.kind, text: clip(c.text) })}
            </li>
          ))}
        </ul>
      )}
      <div className="version-page">
        <EditorContent editor={editor} />
      </div>
    </Dialog>
  );
}
