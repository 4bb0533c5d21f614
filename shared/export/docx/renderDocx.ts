import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import type { FileChild } from 'docx';
import type { ExportModel } from '../exportModel.ts';
import type { ExportOptions } from '../exportOptions.ts';
import { PAPER_SIZES_MM } from '../exportOptions.ts';
import { shortTitle } from '../documentPlan.ts';
import { blocksOf } from './docxBlocks.ts';
import { createDocxContext } from './docxContext.ts';
import { ExportCaptions } from '../exportFigures.ts';
import { logoParagraph } from './docxLogos.ts';
import { mmToTwip, numberingOptions, stylesOptions } from './docxStyles.ts';
import { createDocxReview, wordComments } from './docxReview.ts';
import { mapComments, prepareBody } from '../suggestionView.ts';
import { commentPoints } from '../commentPoints.ts';
import { CLOSING_SECTIONS, openComments, printedUncertainties, signatoryPlacement } from '../reviewText.ts';

function coverBlocks(model: ExportModel): FileChild[] {
  const out: FileChild[] = [];
  const cover = (text: string, extra: { bold?: boolean; caps?: boolean } = {}) =>
    new Paragraph({ style: 'ConcordCover', children: [new TextRun({ text, bold: extra.bold, allCaps: extra.caps })] });
  if (model.coalition) out.push(cover(model.coalition, { caps: true }), new Paragraph({ spacing: { after: 1400 } }));
  const logos = logoParagraph(model);
  if (logos) out.push(logos);
  out.push(new Paragraph({ style: 'Title', children: [new TextRun(model.meta.title)] }));
  if (model.meta.subtitle) out.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(model.meta.subtitle)] }));
  if (model.milestoneTitle) out.push(cover(`Prepared for: ${model.milestoneTitle}`));
  if (model.date) out.push(cover(model.date));
  const placement = signatoryPlacement(model);
  if (placement === 'cover' || placement === 'annex') {
    out.push(
      new Paragraph({
        spacing: { before: 800 },
        style: 'ConcordCover',
        children: [new TextRun({ text: 'Endorsed by', allCaps: true, bold: true })],
      }),
    );
    if (placement === 'annex') out.push(cover(`${model.signatories.length} organisations, listed in the annex`));
    else for (const name of model.signatories) out.push(cover(name));
  }
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

/** The annex listing every endorsing organisation, when there are too many for the cover. */
function annexBlocks(model: ExportModel): FileChild[] {
  if (signatoryPlacement(model) !== 'annex') return [];
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
    children: [new TextRun('Endorsing organisations')],
  });
  return [heading, ...model.signatories.map((name) => new Paragraph({ children: [new TextRun(name)] }))];
}

/** A closing section: a Heading1 and one paragraph per line (a letter's signatories, the note on facts). */
function closingBlocks(title: string, lines: readonly string[], intro?: string): FileChild[] {
  if (lines.length === 0) return [];
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] });
  const first = intro ? [new Paragraph({ children: [new TextRun(intro)] })] : [];
  return [heading, ...first, ...lines.map((line) => new Paragraph({ children: [new TextRun(line)] }))];
}

function contentsBlocks(): FileChild[] {
  // The field is filled in by Word (it asks to update fields on opening) from the Heading1-3 styles.
  return [
    new Paragraph({
      children: [new TextRun({ text: 'Contents', bold: true, size: 30, font: 'Arial' })],
      spacing: { after: 200 },
    }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** A table of figures and tables: Word fills it from the Caption paragraphs (their label and number). */
function figuresListBlocks(): FileChild[] {
  return [
    new Paragraph({
      children: [new TextRun({ text: 'List of figures and tables', bold: true, size: 30, font: 'Arial' })],
      spacing: { after: 200 },
    }),
    new TableOfContents('List of figures and tables', { hyperlink: true, captionLabelIncludingNumbers: 'Figure' }),
    new TableOfContents('Tables', { hyperlink: true, captionLabelIncludingNumbers: 'Table' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * The document as a Word file, written from the model (not from HTML): cover page, a TOC field,
 * Heading1-3, real list and paragraph numbering, tables with repeating header rows, Word footnotes
 * (or endnotes), links, objective tags as margin labels, running header and "page X of Y".
 * Review: every open comment thread becomes Word comments (replies threaded to the first message)
 * and suggestions become tracked changes with their author and time, whatever `options.comments`
 * and `options.suggestions` say (Word's Review tab hides, accepts or rejects them).
 */
export async function renderDocx(model: ExportModel, options: ExportOptions): Promise<Uint8Array> {
  const prepared = prepareBody(model.body, 'marked');
  // Resolved threads are settled discussions: they stay in Concord, like the PDF's comment endnotes.
  const comments = openComments(mapComments(model.comments, prepared));
  const review = createDocxReview(comments, model.suggestions, commentPoints(prepared.body, comments));
  const captions = new ExportCaptions(prepared.body);
  const ctx = createDocxContext(options, review, { images: model.images, captions });
  const body = blocksOf(prepared.body, ctx);
  const paper = PAPER_SIZES_MM[options.paper];
  const m = options.margins;
  const small = { size: 16, color: '444444', font: 'Arial' };
  const doc = new Document({
    title: model.meta.title,
    subject: model.meta.subtitle || undefined,
    creator: model.coalition || 'Concord',
    features: { updateFields: true },
    styles: stylesOptions(),
    numbering: numberingOptions(),
    comments: { children: wordComments(comments, review) },
    footnotes: ctx.footnotes,
    endnotes: ctx.endnotes,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mmToTwip(paper.width), height: mmToTwip(paper.height) },
            margin: {
              top: mmToTwip(m.top),
              right: mmToTwip(m.right),
              bottom: mmToTwip(m.bottom),
              left: mmToTwip(m.left),
              header: mmToTwip(10),
              footer: mmToTwip(10),
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: shortTitle(model.meta.title), ...small })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph('')] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], ...small }),
                ],
              }),
            ],
          }),
          first: new Footer({ children: [new Paragraph('')] }),
        },
        children: [
          ...coverBlocks(model),
          ...contentsBlocks(),
          ...(options.listOfFigures && captions.entries.length ? figuresListBlocks() : []),
          ...body,
          ...closingBlocks(CLOSING_SECTIONS.signatories, signatoryPlacement(model) === 'end' ? model.signatories : []),
          ...closingBlocks(CLOSING_SECTIONS.facts, printedUncertainties(model, options), CLOSING_SECTIONS.factsIntro),
          ...annexBlocks(model),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
