import path from 'node:path';
import * as Y from 'yjs';
import { defineCommand, UsageError } from './command.ts';
import { readConcordFile, MAX_FILE_BYTES } from '../../shared/file/concordFile.ts';
import { exportImagesOf } from '../../shared/export/exportFigures.ts';
import { readMeta } from '../../shared/model/documentMeta.ts';
import { buildExportModel } from '../../shared/export/exportModel.ts';
import { resolveExportOptions } from '../../shared/export/exportOptions.ts';
import { defaultMilestone } from '../../shared/domain/cycles.ts';
import { builtinTemplate } from '../../shared/templates/builtinTemplates.ts';
import { documentUncertainties } from '../../shared/templates/uncertainty.ts';
import { loadCatalogue } from '../../shared/i18n/catalogue.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { milestoneWorded } from '../../shared/i18n/roadmapWording.ts';
import { documentDate } from '../../shared/i18n/documentDate.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/exportFormats.ts';
import { exportDocument } from '../export/exportDocument.ts';
import { writeFileAtomic } from '../export/writeFileAtomic.ts';
import { writeMarkdownExport } from '../export/markdownExport.ts';
import { readInputFile } from '../export/readInputFile.ts';

const HELP = `Usage: concord export FILE.concord --format pdf|docx|md|html --out PATH
       [--paper a4|letter] [--no-tags] [--endnotes] [--numbers|--no-numbers]
       [--comments] [--suggestions marked|accepted] [--coalition NAME] [--date TEXT]
       [--confidence-note] [--list-of-figures] [--force]

Exports a Concord document. PDF is printed by Chromium (apt-get install -y chromium, or set
CHROMIUM_PATH); progress goes to stderr.

  --format      pdf, docx, md (Markdown, its images in NAME-images/ beside it) or html (a
                standalone reading page)
  --out         file to write
  --paper       a4 (default) or letter
  --no-tags     leave out the objective tags shown in the margin
  --endnotes    gather notes at the end instead of at the foot of each page
  --numbers     number body paragraphs (default: the document's own setting); --no-numbers: never
  --comments    PDF, HTML, Markdown: list open comments in a "Comments" section at the end
  --suggestions marked: show suggestions (insertions underlined, deletions struck through);
                accepted (default): as if all were accepted. Word files always carry open
                comments as Word comments and suggestions as tracked changes.
  --coalition   coalition name for the cover page, when the document gives none
  --date        date on the cover page, when the document gives none (default: today)
  --confidence-note  end with a note on the unconfirmed facts the document's template and
                milestone rest on (off by default)
  --list-of-figures  PDF, HTML, Word: list the captioned figures and tables after the contents
  --force       overwrite PATH if it exists`;

/** `concord export`: writes a .concord document as PDF, Word, Markdown or HTML. */
export const exportCommand = defineCommand({
  help: HELP,
  positionals: true,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    paper: { type: 'string' },
    'no-tags': { type: 'boolean' },
    endnotes: { type: 'boolean' },
    numbers: { type: 'boolean' },
    'no-numbers': { type: 'boolean' },
    comments: { type: 'boolean' },
    suggestions: { type: 'string' },
    coalition: { type: 'string' },
    date: { type: 'string' },
    'confidence-note': { type: 'boolean' },
    'list-of-figures': { type: 'boolean' },
    force: { type: 'boolean' },
  },
  async run({ values, positionals }) {
    const [input] = positionals;
    if (!input || positionals.length > 1) throw new UsageError('name one .concord file to export');
    if (!values.format || !(EXPORT_FORMATS as readonly string[]).includes(values.format))
      throw new UsageError(`--format must be ${EXPORT_FORMATS.join(', ')}`);
    if (!values.out) throw new UsageError('--out is required');
    if (values.paper && values.paper !== 'a4' && values.paper !== 'letter')
      throw new UsageError('--paper must be a4 or letter');
    if (values.suggestions && values.suggestions !== 'marked' && values.suggestions !== 'accepted')
      throw new UsageError('--suggestions must be marked or accepted');
    const format = values.format as ExportFormat;
    const { update, blobs } = await readConcordFile(await readInputFile(input, MAX_FILE_BYTES));
    const doc = new Y.Doc({ gc: false });
    Y.applyUpdate(doc, update);
    const meta = readMeta(doc);
    // The shipped milestone's words, and the date, in the document's language (not the command line's English).
    const t = createTranslator(meta.language, await loadCatalogue(meta.language));
    const shipped = meta.milestoneId ? defaultMilestone(meta.milestoneId) : undefined;
    const milestone = shipped && milestoneWorded(t, shipped);
    const built = buildExportModel(doc, {
      coalition: values.coalition,
      milestoneTitle: milestone?.title,
      uncertainties: documentUncertainties(
        meta.templateId ? builtinTemplate(meta.templateId, meta.language) : undefined,
        milestone,
        meta.language,
      ),
      date: values.date ?? documentDate(new Date(), meta.language),
    });
    // The images the file carries are what the exported pages show.
    const model = { ...built, images: exportImagesOf(blobs) };
    doc.destroy();
    const options = resolveExportOptions(meta, {
      paper: values.paper,
      tags: values['no-tags'] ? 'hidden' : 'margin',
      notes: values.endnotes ? 'endnotes' : 'footnotes',
      paragraphNumbers: values['no-numbers'] ? false : values.numbers ? true : undefined,
      comments: values.comments ? 'endnotes' : 'none',
      suggestions: values.suggestions,
      confidenceNote: values['confidence-note'] ? 'end' : 'none',
      listOfFigures: values['list-of-figures'] === true,
    });
    if (format === 'md') {
      const written = await writeMarkdownExport(model, options, path.resolve(values.out), values.force === true);
      const images = written.images ? ` and ${written.images} image files beside it` : '';
      console.error(`concord export: wrote ${values.out}${images} (${written.bytes} bytes)`);
      return;
    }
    const bytes = await exportDocument(model, format, options, {
      onProgress: (p) =>
        console.error(
          `concord export: ${p.phase === 'starting' ? 'starting Chromium' : p.phase === 'layout' ? `laying out pages (${p.pages})` : `printing ${p.pages} pages`}`,
        ),
    });
    await writeFileAtomic(path.resolve(values.out), bytes, values.force === true);
    console.error(`concord export: wrote ${values.out} (${bytes.length} bytes)`);
  },
});
