import { useState } from 'react';
import type * as Y from 'yjs';
import { Dialog } from '../ui/Dialog.tsx';
import { useHost } from '../app/hostContext.ts';
import { errorText, useNotice } from '../app/Notices.tsx';
import { resolveExportOptions } from '../../../shared/export/exportOptions.ts';
import type { ExportExtras } from '../../../shared/export/exportModel.ts';
import type { ExportFormat } from '../../../shared/export/exportFormats.ts';
import { exportDocument, type ExportStep } from './exportDocument.ts';
import { useT } from '../i18n/useT.ts';

const STEPS: Record<ExportStep, string> = {
  snapshot: 'Taking a snapshot of the document…',
  layout: 'Laying out pages…',
  saving: 'Saving…',
};

interface Props {
  doc: Y.Doc;
  paragraphNumbering: boolean;
  extras: ExportExtras;
  onClose(): void;
}

/** Export to PDF, Word, Markdown or HTML, with paper size and layout options, and progress while it works. */
export function ExportDialog({ doc, paragraphNumbering, extras, onClose }: Props) {
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
  const uncertain = extras.uncertainties?.length ?? 0;
  const [step, setStep] = useState<ExportStep | null>(null);
  const [error, setError] = useState<string | null>(null);

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
        },
      );
      const outcome = await exportDocument(host, doc, format, options, extras, setStep);
      if (outcome.kind === 'saved') notify({ kind: 'info', text: `Exported to ${outcome.location}.` });
      if (outcome.kind === 'print-dialog') notify({ kind: 'info', text: t('export.printDialog') });
      onClose();
    } catch (err) {
      setError(`The export failed: ${errorText(err)}`);
    } finally {
      setStep(null);
    }
  };

  return (
    <Dialog
      title="Export"
      onClose={onClose}
      onSubmit={() => void run()}
      actions={
        <>
          <button type="button" onClick={onClose} disabled={step !== null}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={step !== null}>
            Export
          </button>
        </>
      }
    >
      <fieldset className="field">
        <legend>Format</legend>
        {(
          [
            ['pdf', 'PDF'],
            ['docx', 'Word (.docx)'],
            ['md', 'Markdown'],
            ['html', 'Web page (HTML)'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="toggle">
            <input type="radio" name="format" checked={format === value} onChange={() => setFormat(value)} /> {label}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Paper size</span>
        <select value={paper} onChange={(e) => setPaper(e.target.value as 'a4' | 'letter')}>
          <option value="a4">A4</option>
          <option value="letter">US Letter</option>
        </select>
      </label>
      <label className="toggle">
        <input type="checkbox" checked={numbers} onChange={(e) => setNumbers(e.target.checked)} /> Number paragraphs (UN
        style)
      </label>
      <label className="toggle">
        <input type="checkbox" checked={tags} onChange={(e) => setTags(e.target.checked)} /> Show objective tags in the
        margin
      </label>
      <label className="toggle">
        <input type="checkbox" checked={endnotes} onChange={(e) => setEndnotes(e.target.checked)} /> Endnotes instead of
        footnotes
      </label>
      <label className="toggle">
        <input type="checkbox" checked={comments} onChange={(e) => setComments(e.target.checked)} /> Include open
        comments as endnotes
      </label>
      <label className="toggle">
        <input type="checkbox" checked={marked} onChange={(e) => setMarked(e.target.checked)} /> Show suggestions as
        marked changes (otherwise as if accepted)
      </label>
      {uncertain > 0 && (
        <label className="toggle">
          <input type="checkbox" checked={factsNote} onChange={(e) => setFactsNote(e.target.checked)} /> End with a note
          on the {uncertain === 1 ? 'fact' : `${uncertain} facts`} this document rests on that no primary source
          confirms
        </label>
      )}
      <p className="hint">Word files always carry comments as Word comments and suggestions as tracked changes.</p>
      {step && (
        <p role="status" className="export-progress">
          <progress aria-label="Export progress" /> {STEPS[step]}
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
