import { useState } from 'react';
import type * as Y from 'yjs';
import { Dialog } from '../ui/Dialog.tsx';
import { useHost } from '../app/hostContext.ts';
import { useNotice } from '../app/Notices.tsx';
import { resolveExportOptions } from '../../../shared/export/exportOptions.ts';
import type { ExportExtras } from '../../../shared/export/exportModel.ts';
import type { ExportFormat } from '../../../shared/export/exportFormats.ts';
import { exportDocument, type ExportProgress } from './exportDocument.ts';
import { ExportFigureChecks } from './ExportFigureChecks.tsx';
import type { LocalBlobStore } from '../images/localBlobStore.ts';
import { useT } from '../i18n/useT.ts';
import { useAnnounceChange } from '../ui/useAnnounceChange.ts';
import { errorText } from '../../../shared/i18n/errorText.ts';

const FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'md', 'html'];

interface Props {
  doc: Y.Doc;
  paragraphNumbering: boolean;
  /** What the cover and closing note take from the workspace, in the document's language (looked up on export). */
  extras(): Promise<ExportExtras>;
  /** How many facts the document rests on that no primary source confirms (the closing note's offer). */
  uncertain: number;
  /** Where the document's images are. */
  blobs: LocalBlobStore;
  onClose(): void;
}

/** Export to PDF, Word, Markdown or HTML, with paper size and layout options, and progress while it works. */
export function ExportDialog({ doc, paragraphNumbering, extras, uncertain, blobs, onClose }: Props) {
  const host = useHost();
  const notify = useNotice();
  const t = useT();
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4');
  const [numbers, setNumbers] = useState(paragraphNumbering);
  const [tags, setTags] = useState(true);
  const [endnotes, setEndnotes] = useState(false);
  const [comments, setComments] = useState(false);
  const [marked, setMarked] = useState(false);
  const [factsNote, setFactsNote] = useState(false);
  const [listOfFigures, setListOfFigures] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const step = progress?.step ?? null;
  const [error, setError] = useState<string | null>(null);

  useAnnounceChange(step && t('export.step', { step }), 'export-step');
  const run = async () => {
    setError(null);
    try {
      const options = resolveExportOptions(
        { paragraphNumbering },
        {
          paper,
          paragraphNumbers: numbers,
          tags: tags ? 'margin' : 'hidden',
          notes: endnotes ? 'endnotes' : 'footnotes',
          comments: comments ? 'endnotes' : 'none',
          suggestions: marked ? 'marked' : 'accepted',
          confidenceNote: factsNote ? 'end' : 'none',
          listOfFigures,
        },
      );
      const fileType = t('export.fileType', { format });
      const bundleType = t('export.fileType', { format: 'mdzip' });
      const dialog = { title: t('export.saveTitle', { fileType }), fileType, bundleType };
      const outcome = await exportDocument(host, doc, format, options, await extras(), setProgress, dialog, blobs);
      if (outcome.kind === 'saved') notify({ kind: 'info', text: t('export.saved', { location: outcome.location }) });
      if (outcome.kind === 'print-dialog') notify({ kind: 'info', text: t('export.printDialog') });
      onClose();
    } catch (err) {
      setError(t('export.failed', { reason: errorText(t, err) }));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Dialog
      title={t('export.title')}
      onClose={onClose}
      onSubmit={() => void run()}
      actions={
        <>
          <button type="button" onClick={onClose} disabled={step !== null}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={step !== null}>
            {t('export.export')}
          </button>
        </>
      }
    >
      <fieldset className="field">
        <legend>{t('export.format')}</legend>
        {FORMATS.map((value) => (
          <label key={value} className="toggle">
            <input type="radio" name="format" checked={format === value} onChange={() => setFormat(value)} />
            {t('export.formatName', { format: value })}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('export.paper')}</span>
        <select value={paper} onChange={(e) => setPaper(e.target.value as 'a4' | 'letter')}>
          <option value="a4">{t('export.paperA4')}</option>
          <option value="letter">{t('export.paperLetter')}</option>
        </select>
      </label>
      <label className="toggle">
        <input type="checkbox" checked={numbers} onChange={(e) => setNumbers(e.target.checked)} />
        {t('export.numberParagraphs')}
      </label>
      <label className="toggle">
        <input type="checkbox" checked={tags} onChange={(e) => setTags(e.target.checked)} />
        {t('export.tags')}
      </label>
      <label className="toggle">
        <input type="checkbox" checked={endnotes} onChange={(e) => setEndnotes(e.target.checked)} />
        {t('export.endnotes')}
      </label>
      <label className="toggle">
        <input type="checkbox" checked={comments} onChange={(e) => setComments(e.target.checked)} />
        {t('export.comments')}
      </label>
      <label className="toggle">
        <input type="checkbox" checked={marked} onChange={(e) => setMarked(e.target.checked)} />
        {t('export.marked')}
      </label>
      {uncertain > 0 && (
        <label className="toggle">
          <input type="checkbox" checked={factsNote} onChange={(e) => setFactsNote(e.target.checked)} />
          {t('export.factsNote', { count: uncertain })}
        </label>
      )}
      <ExportFigureChecks listOfFigures={listOfFigures} onListOfFigures={setListOfFigures} />
      <p className="hint">{t('export.wordHint')}</p>
      {progress && (
        <p className="export-progress">
          <progress aria-label={t('export.progress')} />
          {progress.pages === undefined
            ? t('export.step', { step: progress.step })
            : t('export.pagesLaidOut', { count: progress.pages })}
        </p>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
